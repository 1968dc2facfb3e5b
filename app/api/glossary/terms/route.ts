import { createTermRoute } from "@/server/glossary-writes";

/** POST a new glossary term (an editor's session and CSRF token). */
export function POST(request: Request) {
  return createTermRoute(request);
}
