import { FLAG_KINDS, FLAG_STATUSES } from "@/core/flags";
import { totalFlagCounts, type FlagCounts } from "@/core/flag-reports";
import type { Translate } from "@/i18n/settings";
import "./flags.css";

/**
 * The flags panel beside the reading legend: how many flags the revision has of each kind,
 * open, accepted and dismissed, and a link to the article's flags report (none on the report itself). Kinds without flags
 * are left out; a revision without flags says so.
 */
export function FlagsPanel({ counts, reportHref, t }: { counts: FlagCounts; reportHref: string | null; t: Translate }) {
  const totals = totalFlagCounts(counts);
  const kinds = FLAG_KINDS.filter((kind) => FLAG_STATUSES.some((status) => counts[kind][status] > 0));
  return (
    <section className="flags-panel" aria-labelledby="flags-panel-heading">
      <h2 id="flags-panel-heading">
        {t("review:panel.heading")} <span className="flags-panel-total">{totals.all}</span>
      </h2>
      {kinds.length === 0 ? (
        <p className="flags-panel-none">{t("review:panel.none")}</p>
      ) : (
        <table className="flag-counts">
          <thead>
            <tr>
              <th scope="col">{t("review:panel.kind")}</th>
              {FLAG_STATUSES.map((status) => (
                <th key={status} scope="col" className="count">
                  {t(`review:statuses.${status}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {kinds.map((kind) => (
              <tr key={kind} data-kind={kind}>
                <th scope="row">
                  <span className={`flag-kind-swatch flag-kind-${kind}`} aria-hidden="true" />
                  {t(`flags:kind.${kind}`)}
                </th>
                {FLAG_STATUSES.map((status) => (
                  <td key={status} className="count" data-status={status}>
                    {counts[kind][status]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("review:panel.total")}</th>
              {FLAG_STATUSES.map((status) => (
                <td key={status} className="count">
                  {totals[status]}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      )}
      {reportHref !== null && (
        <p className="flags-panel-link">
          <a href={reportHref}>{t("review:panel.report")}</a>
        </p>
      )}
    </section>
  );
}
