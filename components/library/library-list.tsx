import Link from "next/link";
import type { ArticleSummary } from "@/core/article";
import { formatPublicationDate } from "@/core/dates";
import { pickTitle } from "@/core/titles";
import type { Translate, UiLocale } from "@/i18n/settings";

/** The library: each article's title in the reader's language where that version exists. */
export function LibraryList({ articles, locale, t }: { articles: ArticleSummary[]; locale: UiLocale; t: Translate }) {
  return (
    <ul className="library-list">
      {articles.map((article) => {
        const title = pickTitle(article.versions, locale);
        return (
          <li key={article.slug} className="library-item">
            <h2 lang={title?.language}>
              <Link href={`/${locale}/articles/${article.slug}`}>{title?.title ?? t("library.untitled")}</Link>
            </h2>
            <p className="library-meta">
              <span>{article.publishedAt ? t("library.published", { date: formatPublicationDate(article.publishedAt, locale) }) : t("library.undated")}</span>
              <span>
                {t("library.languages")}{" "}
                {article.versions.map((version) => (
                  <span key={version.language} className="language-badge" lang={version.language}>
                    {t(`languageNames.${version.language}`)}
                  </span>
                ))}
              </span>
              <span>{t("library.rows", { count: article.rowCount })}</span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
