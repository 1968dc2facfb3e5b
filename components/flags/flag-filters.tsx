import { FLAG_KINDS, FLAG_STATUSES } from "@/core/flags";
import type { FlagFilter } from "@/core/flag-reports";
import { CONTENT_LANGUAGES } from "@/core/languages";
import type { Translate } from "@/i18n/settings";

/**
 * The report's filters as a plain GET form (kind, language, status; "All" sends an empty
 * value): it works without JavaScript, and the filtered report's address can be shared.
 */
export function FlagFilters({ action, filter, t }: { action: string; filter: FlagFilter; t: Translate }) {
  return (
    <form method="get" action={action} className="flag-filters-form">
      <fieldset className="flag-filters">
        <legend>{t("review:report.filters")}</legend>
        <label>
          <span>{t("review:report.kindFilter")}</span>
          <select name="kind" defaultValue={filter.kind ?? ""}>
            <option value="">{t("review:report.all")}</option>
            {FLAG_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`flags:kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("review:report.languageFilter")}</span>
          <select name="language" defaultValue={filter.language ?? ""}>
            <option value="">{t("review:report.all")}</option>
            {CONTENT_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`common:languageNames.${language}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("review:report.statusFilter")}</span>
          <select name="status" defaultValue={filter.status ?? ""}>
            <option value="">{t("review:report.all")}</option>
            {FLAG_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`review:statuses.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t("review:report.apply")}</button>
        {(filter.kind ?? filter.language ?? filter.status) !== undefined && <a href={action}>{t("review:report.clear")}</a>}
      </fieldset>
    </form>
  );
}
