/**
 * The secret editors sign in with: PARALLAX_EDITOR_SECRET. Only in development (`next dev`,
 * NODE_ENV=development) and tests (NODE_ENV=test) does a documented default stand in, so that
 * a fresh checkout can try the editor; anywhere else — production (`next start`), or a
 * NODE_ENV nobody expected — there is no default, and without the variable editing is
 * switched off with a message saying so. (No `server-only` marker, for its unit test.)
 */
export const DEVELOPMENT_EDITOR_SECRET = "parallax-development-secret";

export const EDITING_OFF_MESSAGE =
  "editing is switched off: this server was started without PARALLAX_EDITOR_SECRET (set it to a long random secret and restart)";

export function resolveEditorSecret(env: Record<string, string | undefined>): { secret: string } | { refused: string } {
  const configured = env.PARALLAX_EDITOR_SECRET;
  if (configured !== undefined && configured !== "") return { secret: configured };
  if (env.NODE_ENV === "development" || env.NODE_ENV === "test") return { secret: DEVELOPMENT_EDITOR_SECRET };
  return { refused: EDITING_OFF_MESSAGE };
}
