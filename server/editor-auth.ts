import "server-only";

/** Someone signed in to edit: the name every write of theirs is recorded under. */
export interface SignedInEditor {
  name: string;
}

/**
 * For a write route handler: the signed-in editor when the request carries a valid session
 * cookie and CSRF token (header `x-csrf-token`, or form field `csrf`), otherwise the 401
 * (not signed in) or 403 (bad or missing CSRF token) response to return. Not written yet:
 * this stage fixes the contract, and refuses every write.
 */
export async function authorizeWrite(_request: Request): Promise<{ editor: SignedInEditor } | { response: Response }> {
  return { response: Response.json({ error: "sign in as an editor to make changes" }, { status: 401 }) };
}

/** For pages: the signed-in editor and the CSRF token their forms send, or null for a reader. */
export async function currentEditor(): Promise<{ editor: SignedInEditor; csrfToken: string } | null> {
  return null;
}
