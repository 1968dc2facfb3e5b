import "server-only";
import { InputError } from "@/core/errors";
import { DuplicateTermError, TermConflictError, TermNotFoundError } from "@/core/glossary";
import { getPrisma } from "@/db/client";
// The use-case files themselves: the glossary service's index also holds the command line's
// file reader, which opens and migrates the database and has no place in the web server.
import { createGlossaryTerm, deleteGlossaryTerm, TermDraftError, updateGlossaryTerm } from "@/services/glossary/edit-terms";
import { replaceGlossaryFromUpload } from "@/services/glossary/replace-from-upload";
import { authorizeWrite, refusal } from "./editor-auth";
import { flagsChanged } from "./flags-stamp";
import { lastEditorOf } from "./glossary-reads";

/** Largest glossary file an editor may upload (a 20,000-term glossary is about 2 MB). */
export const GLOSSARY_UPLOAD_MAX_BYTES = 8 * 1024 * 1024;

/**
 * The glossary editor's route handlers, each: authorise (editor session and CSRF token), read
 * the request, call the service, and answer JSON. Failures the editor can act on get their own
 * status and a `code` the interface words: 400 a malformed request, 404 a term that is gone,
 * 409 `conflict` with the newer `current` term, 422 `invalid` with the draft's `problems`
 * (a duplicate pair is a problem of the preferred renderings) or `invalid-file` with the line.
 */
export async function createTermRoute(request: Request): Promise<Response> {
  const authorized = await authorizeWrite(request);
  if ("response" in authorized) return authorized.response;
  const draft = await jsonBody(request);
  if (draft === undefined) return refusal(400, "bad-request", "send the term as JSON");
  return answer(async () => Response.json({ term: await createGlossaryTerm(getPrisma(), draft, authorized.editor.name) }, { status: 201 }));
}

/** PUT with `{ version, …term }`: the version is the one the editor loaded. */
export async function updateTermRoute(request: Request, idParameter: string): Promise<Response> {
  const authorized = await authorizeWrite(request);
  if ("response" in authorized) return authorized.response;
  const id = parseId(idParameter);
  const draft = await jsonBody(request);
  const version = parseVersion((draft as { version?: unknown } | undefined)?.version);
  if (id === null || draft === undefined || version === null) return refusal(400, "bad-request", "send the term as JSON with the version you edited");
  return answer(async () => Response.json({ term: await updateGlossaryTerm(getPrisma(), id, version, draft, authorized.editor.name) }));
}

/** DELETE `…/terms/{id}?version=n`. */
export async function deleteTermRoute(request: Request, idParameter: string): Promise<Response> {
  const authorized = await authorizeWrite(request);
  if ("response" in authorized) return authorized.response;
  const id = parseId(idParameter);
  const version = parseVersion(new URL(request.url).searchParams.get("version"));
  if (id === null || version === null) return refusal(400, "bad-request", "name the term and the version you saw (?version=n)");
  return answer(async () => Response.json({ deleted: await deleteGlossaryTerm(getPrisma(), id, version, authorized.editor.name) }));
}

/** POST multipart: `file` (CSV), `allowEmpty` ("true" to let a file without terms empty the glossary), `csrf`. */
export async function importGlossaryRoute(request: Request): Promise<Response> {
  // Before authorisation, which reads the form for its `csrf` field.
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > GLOSSARY_UPLOAD_MAX_BYTES + 64 * 1024) return refusal(413, "too-large", `the file is larger than ${GLOSSARY_UPLOAD_MAX_BYTES / 1024 / 1024} MB`);
  const authorized = await authorizeWrite(request);
  if ("response" in authorized) return authorized.response;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refusal(400, "bad-request", "send the glossary file as multipart/form-data in the field “file”");
  }
  const file = form.get("file");
  if (!(file instanceof File)) return refusal(400, "bad-request", "send the glossary file in the field “file”");
  if (file.size > GLOSSARY_UPLOAD_MAX_BYTES) return refusal(413, "too-large", `the file is larger than ${GLOSSARY_UPLOAD_MAX_BYTES / 1024 / 1024} MB`);
  const fileName = file.name.replace(/[\p{Cc}/\\]/gu, "_").slice(0, 200) || "upload.csv";
  return answer(async () => {
    const count = await replaceGlossaryFromUpload(
      getPrisma(),
      { bytes: new Uint8Array(await file.arrayBuffer()), fileName },
      authorized.editor.name,
      { allowEmpty: form.get("allowEmpty") === "true" },
    );
    return Response.json({ count });
  });
}

async function answer(write: () => Promise<Response>): Promise<Response> {
  try {
    const response = await write();
    // The glossary and the flags changed: this instance's article pages read the new flags stamp at once.
    flagsChanged();
    return response;
  } catch (error) {
    if (error instanceof TermConflictError) {
      const savedBy = await lastEditorOf(error.current.id);
      return Response.json({ code: "conflict", error: error.message, current: error.current, savedBy }, { status: 409 });
    }
    if (error instanceof TermNotFoundError) return refusal(404, "not-found", error.message);
    if (error instanceof TermDraftError) return Response.json({ code: "invalid", error: error.message, problems: error.problems }, { status: 422 });
    if (error instanceof DuplicateTermError) {
      const problems = (["hansPreferred", "hantPreferred"] as const).map((field) => ({ field, code: "duplicate", message: error.message }));
      return Response.json({ code: "invalid", error: error.message, problems, existingId: error.existingId }, { status: 422 });
    }
    if (error instanceof InputError) return refusal(422, "invalid-file", error.describe());
    throw error;
  }
}

async function jsonBody(request: Request): Promise<unknown> {
  try {
    const body: unknown = await request.json();
    return typeof body === "object" && body !== null && !Array.isArray(body) ? body : undefined;
  } catch {
    return undefined;
  }
}

function parseId(value: string): number | null {
  return /^[1-9][0-9]{0,9}$/.test(value) && Number(value) <= 2_147_483_647 ? Number(value) : null;
}

function parseVersion(value: unknown): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1 && value <= 2_147_483_647 ? value : null;
  return typeof value === "string" ? parseId(value) : null;
}
