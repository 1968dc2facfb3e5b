import type { Translate } from "@/i18n/settings";

/** Previous / next links between glossary pages, keeping the search; plain links that work without JavaScript. */
export function GlossaryPagination({ current, pages, hrefOf, t }: { current: number; pages: number; hrefOf: (page: number) => string; t: Translate }) {
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t("editor:glossary.pagination.label")}>
      <ul>
        <li>
          {current > 1 ? (
            <a href={hrefOf(current - 1)} rel="prev">
              {t("editor:glossary.pagination.previous")}
            </a>
          ) : (
            <span aria-disabled="true">{t("editor:glossary.pagination.previous")}</span>
          )}
        </li>
        <li>
          <span aria-current="page">{t("editor:glossary.pagination.page", { page: current, pages })}</span>
        </li>
        <li>
          {current < pages ? (
            <a href={hrefOf(current + 1)} rel="next">
              {t("editor:glossary.pagination.next")}
            </a>
          ) : (
            <span aria-disabled="true">{t("editor:glossary.pagination.next")}</span>
          )}
        </li>
      </ul>
    </nav>
  );
}
