import { explainFlag } from "@/components/flags/flag-wording";
import { parseFlagFilter } from "@/core/flag-reports";
import { isValidSlug } from "@/core/permalinks";
import { getTranslation } from "@/i18n/server";
import { DEFAULT_LOCALE, isUiLocale } from "@/i18n/settings";
import { articleExists, exportFlags } from "@/server/flags";

/**
 * `GET /api/flags/export?format=csv|json[&kind=…][&language=…][&status=…][&article=slug][&lng=en]`:
 * the flags of every article's latest revision (or one article's) that pass the report's
 * filters, with each explanation in the UI language `lng`. Public, like the reports.
 */
export async function GET(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const format = query.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") return problem(`format must be "csv" or "json", not "${format}"`);
  const { filter, invalid } = parseFlagFilter((name) => query.get(name));
  if (invalid.length > 0) return problem(`not a choice of ${invalid.join(", ")}: ${invalid.map((name) => `"${query.get(name)}"`).join(", ")}`);
  const lng = query.get("lng") ?? DEFAULT_LOCALE;
  if (!isUiLocale(lng)) return problem(`lng must be one of en, zh-Hans, zh-Hant, not "${lng}"`);
  const article = query.get("article");
  if (article !== null && (!isValidSlug(article) || !(await articleExists(article)))) {
    return Response.json({ error: `no article "${article}"` }, { status: 404 });
  }
  const { t } = await getTranslation(lng);
  const body = await exportFlags(article === null ? { corpus: true } : { slug: article }, filter, format, {
    locale: lng,
    explain: (flag) => explainFlag(flag, t),
  });
  const name = `${article ?? "flags"}${article === null ? "" : "-flags"}.${format}`;
  return new Response(body, {
    headers: {
      "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "no-store",
    },
  });
}

function problem(message: string): Response {
  return Response.json({ error: message }, { status: 400 });
}
