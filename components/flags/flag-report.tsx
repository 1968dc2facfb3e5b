import { FLAG_FILTER_PARAMETERS, flagFilterQuery, flagRowPath, type FlagCounts, type FlagFilter, type StoredFlag, type TermConsistency } from "@/core/flag-reports";
import type { Translate, UiLocale } from "@/i18n/settings";
import { FlagFilters } from "./flag-filters";
import { FlagReviewForm } from "./flag-review-form";
import { explainFlag, formatReviewTime } from "./flag-wording";
import { FlagsPanel } from "./flags-panel";
import { TermConsistencyTable } from "./term-consistency-table";
import "./flags.css";

export interface FlagReportProps {
  locale: UiLocale;
  t: Translate;
  /** The report page's own path, without a query: the filters' form action and the page links' base. */
  path: string;
  /** The article the report is about, or null for the corpus. */
  slug: string | null;
  counts: FlagCounts;
  flags: readonly StoredFlag[];
  total: number;
  page: number;
  pageSize: number;
  filter: FlagFilter;
  /** Filter parameters whose values were not among the choices (shown as ignored). */
  invalid: readonly string[];
  /** The corpus consistency table (corpus report only). */
  consistency: readonly TermConsistency[] | null;
  /** For a signed-in editor, the CSRF token of their review forms; null for a reader. */
  csrfToken: string | null;
}

/** A flags report (an article's, or the corpus'): counts, filters, exports, the flags with their reviews, and for the corpus the consistency table. */
export function FlagReport(props: FlagReportProps) {
  const { locale, t, path, slug, counts, flags, total, page, pageSize, filter, invalid, consistency, csrfToken } = props;
  const query = flagFilterQuery(filter);
  const exportQuery = (format: "csv" | "json") =>
    `/api/flags/export?format=${format}${query === "" ? "" : `&${query.slice(1)}`}${slug === null ? "" : `&article=${encodeURIComponent(slug)}`}&lng=${locale}`;
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <>
      {invalid.length > 0 && <p className="flag-report-notice">{t("review:report.invalidFilter", { names: invalid.join(", ") })}</p>}
      <div className="flag-report-top">
        <FlagsPanel counts={counts} reportHref={null} t={t} />
        <section aria-label={t("review:report.filters")}>
          <FlagFilters action={path} filter={filter} t={t} />
          <p className="flag-exports">
            <span>{t("review:report.export")}</span>
            <a href={exportQuery("csv")} download>
              {t("review:report.exportCsv")}
            </a>
            <a href={exportQuery("json")}>{t("review:report.exportJson")}</a>
          </p>
        </section>
      </div>
      <section aria-labelledby="flag-list-heading">
        <h2 id="flag-list-heading">{t("review:report.listHeading")}</h2>
        <p className="flag-range" role="status">
          {total === 0 ? t("review:report.none") : t("review:report.range", { from, to, total })}
        </p>
        <ol className="flag-list">
          {flags.map((flag) => (
            <FlagItem key={flag.id} flag={flag} locale={locale} t={t} showArticle={slug === null} csrfToken={csrfToken} />
          ))}
        </ol>
        <FlagPages path={path} filter={filter} page={page} pages={Math.max(1, Math.ceil(total / pageSize))} t={t} />
      </section>
      {consistency !== null && <TermConsistencyTable entries={consistency} t={t} />}
    </>
  );
}

function FlagItem({ flag, locale, t, showArticle, csrfToken }: { flag: StoredFlag; locale: UiLocale; t: Translate; showArticle: boolean; csrfToken: string | null }) {
  const nothing = t("review:report.nothing");
  const { review } = flag;
  return (
    <li className="flag-item" data-flag={flag.id} data-kind={flag.kind} data-language={flag.language} data-status={review.status}>
      <p className="flag-item-head">
        <span className="flag-item-kind">
          <span className={`flag-kind-swatch flag-kind-${flag.kind}`} aria-hidden="true" />
          {t(`flags:kind.${flag.kind}`)}
        </span>
        <span>{t(`common:languageNames.${flag.language}`)}</span>
        {showArticle && <span className="flag-item-article">{flag.slug}</span>}
        <a href={flagRowPath(locale, flag)} className="flag-row-link">
          {t("review:report.rowLink", { anchor: flag.anchor })}
        </a>
        <span className={`flag-status flag-status-${review.status}`}>{t(`review:statuses.${review.status}`)}</span>
      </p>
      <p className="flag-item-explanation">{explainFlag(flag, t)}</p>
      <dl className="flag-facts">
        {/* A flag about no term and no wording (a doubtful alignment) has nothing to list here. */}
        {(flag.term ?? flag.expected ?? flag.found) !== null && (
          <>
            <dt>{t("review:report.term")}</dt>
            <dd lang="en">{flag.term ?? nothing}</dd>
            <dt>{t("review:report.expected")}</dt>
            <dd lang={flag.language}>{flag.expected ?? nothing}</dd>
            <dt>{t("review:report.found")}</dt>
            <dd lang={flag.language}>{flag.found ?? nothing}</dd>
          </>
        )}
        {review.reviewedBy !== null && (
          <>
            <dt>{t("review:report.review")}</dt>
            <dd className="flag-review">
              {t("review:report.by", { who: review.reviewedBy, when: review.reviewedAt ? formatReviewTime(review.reviewedAt) : "" })}
              {review.note !== null && <span className="flag-review-note">{review.note}</span>}
            </dd>
          </>
        )}
      </dl>
      {csrfToken !== null && <FlagReviewForm flagId={flag.id} version={flag.version} status={review.status} csrfToken={csrfToken} />}
    </li>
  );
}

function FlagPages({ path, filter, page, pages, t }: { path: string; filter: FlagFilter; page: number; pages: number; t: Translate }) {
  if (pages <= 1) return null;
  const href = (target: number) => {
    const parameters = new URLSearchParams();
    for (const name of FLAG_FILTER_PARAMETERS) {
      const value = filter[name];
      if (value !== undefined) parameters.set(name, value);
    }
    if (target > 1) parameters.set("page", String(target));
    const query = parameters.toString();
    return query === "" ? path : `${path}?${query}`;
  };
  return (
    <nav className="pagination" aria-label={t("review:report.pagination")}>
      <ul>
        <li>{page > 1 ? <a href={href(page - 1)} rel="prev">{t("review:report.previous")}</a> : <span aria-disabled="true">{t("review:report.previous")}</span>}</li>
        <li>
          <span>
            {page} / {pages}
          </span>
        </li>
        <li>{page < pages ? <a href={href(page + 1)} rel="next">{t("review:report.next")}</a> : <span aria-disabled="true">{t("review:report.next")}</span>}</li>
      </ul>
    </nav>
  );
}
