import type { TermConsistency } from "@/core/flag-reports";
import type { Translate } from "@/i18n/settings";

/** The corpus-wide consistency table: each term and version written in several ways, with each rendering's count. */
export function TermConsistencyTable({ entries, t }: { entries: readonly TermConsistency[]; t: Translate }) {
  return (
    <section className="term-consistency" aria-labelledby="consistency-heading">
      <h2 id="consistency-heading">{t("review:consistency.heading")}</h2>
      <p className="flag-report-intro">{t("review:consistency.intro")}</p>
      {entries.length === 0 ? (
        <p>{t("review:consistency.none")}</p>
      ) : (
        <table className="consistency-table">
          <thead>
            <tr>
              <th scope="col">{t("review:consistency.term")}</th>
              <th scope="col">{t("review:consistency.language")}</th>
              <th scope="col">{t("review:consistency.renderings")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={`${entry.termId}-${entry.language}`} data-term={entry.term} data-language={entry.language}>
                <th scope="row" lang="en">
                  {entry.term}
                </th>
                <td>{t(`common:languageNames.${entry.language}`)}</td>
                <td>
                  <ul>
                    {entry.renderings.map((rendering) => (
                      <li key={rendering.rendering} data-rendering={rendering.rendering} data-count={rendering.count}>
                        <span lang={entry.language}>{rendering.rendering}</span> {t("review:consistency.count", { count: rendering.count })}{" "}
                        {t("review:consistency.articles", { count: rendering.articles })}{" "}
                        <span className="rendering-occurrence" data-occurrence={rendering.occurrence}>
                          ({occurrenceLabel(rendering.occurrence, t)})
                        </span>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function occurrenceLabel(occurrence: string, t: Translate): string {
  switch (occurrence) {
    case "preferred":
    case "allowed":
    case "forbidden":
      return t(`review:consistency.occurrences.${occurrence}`);
    default:
      return occurrence;
  }
}
