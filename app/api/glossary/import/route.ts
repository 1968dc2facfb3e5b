import { importGlossaryRoute } from "@/server/glossary-writes";

/** POST a glossary file (multipart field `file`) to replace the whole glossary (an editor's session and CSRF token). */
export function POST(request: Request) {
  return importGlossaryRoute(request);
}
