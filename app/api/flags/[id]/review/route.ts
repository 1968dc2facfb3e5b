import { parseReviewRequest } from "@/core/flag-reports";
import { authorizeWrite } from "@/server/editor-auth";
import { reviewStoredFlag } from "@/server/flags";

type Context = { params: Promise<{ id: string }> };

/**
 * `POST /api/flags/{id}/review` with `{"status": "accepted"|"dismissed"|"open", "note": "…",
 * "expectedVersion": n}`: a signed-in editor's decision (session cookie and CSRF token, see
 * server/editor-auth). 200 with the flag as reviewed; 409 with the flag as it now is when someone
 * reviewed it since version n; 400 for a malformed body; 404 for no such flag.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const authorized = await authorizeWrite(request);
  if ("response" in authorized) return authorized.response;
  const { id } = await params;
  if (!/^[1-9][0-9]{0,9}$/.test(id) || Number(id) > 2_147_483_647) return Response.json({ error: `no flag ${id}` }, { status: 404 });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "the body must be JSON" }, { status: 400 });
  }
  const parsed = parseReviewRequest(body);
  if ("error" in parsed) return Response.json({ error: parsed.error }, { status: 400 });
  const outcome = await reviewStoredFlag(Number(id), parsed.request, authorized.editor.name);
  switch (outcome.status) {
    case "reviewed":
      return Response.json({ flag: outcome.flag });
    case "conflict":
      return Response.json({ error: "someone reviewed this flag first", flag: outcome.flag }, { status: 409 });
    case "not-found":
      return Response.json({ error: `no flag ${id}` }, { status: 404 });
    default: {
      const unhandled: never = outcome;
      return unhandled;
    }
  }
}
