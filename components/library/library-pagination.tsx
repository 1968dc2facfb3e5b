import { pageLinks } from "@/core/pagination";
import type { Translate, UiLocale } from "@/i18n/settings";

/**
 * The library's page links, server-rendered: previous, numbered pages (the current one
 * marked with aria-current), next. Plain links, not client navigations, so every page is a
 * full GET that the proxy answers from its page memory, and they work without JavaScript.
 */
export function LibraryPagination({ current, pages, locale, t }: { current: number; pages: number; locale: UiLocale; t: Translate }) {
  if (pages <= 1) return null;
  const href = (page: number) => (page === 1 ? `/${locale}` : `/${locale}?page=${page}`);
  return (
    <nav className="pagination" aria-label={t("library.pagination.label")}>
      <ul>
        <li>
          {current > 1 ? (
            <a href={href(current - 1)} rel="prev">
              {t("library.pagination.previous")}
            </a>
          ) : (
            <span aria-disabled="true">{t("library.pagination.previous")}</span>
          )}
        </li>
        {pageLinks(current, pages).map((link, index) =>
          link.kind === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="pagination-gap">
              …
            </li>
          ) : (
            <li key={link.page}>
              <a
                href={href(link.page)}
                aria-label={t("library.pagination.page", { page: link.page })}
                aria-current={link.page === current ? "page" : undefined}
              >
                {link.page}
              </a>
            </li>
          ),
        )}
        <li>
          {current < pages ? (
            <a href={href(current + 1)} rel="next">
              {t("library.pagination.next")}
            </a>
          ) : (
            <span aria-disabled="true">{t("library.pagination.next")}</span>
          )}
        </li>
      </ul>
    </nav>
  );
}
