import { exportGlossaryRoute } from "@/server/glossary-reads";

/** The glossary as a file: `?format=csv` (default) or `?format=tbx`. */
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return exportGlossaryRoute(request);
}
