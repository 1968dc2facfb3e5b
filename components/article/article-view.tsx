import Link from "next/link";
import type { ArticleView } from "@/core/article";
import { CONTENT_LANGUAGES } from "@/core/languages";
import { formatPublicationDate } from "@/core/dates";
import { pickPreferred, pickTitle } from "@/core/titles";
import type { Translate, UiLocale } from "@/i18n/settings";
import { AlignedRows } from "./aligned-rows";

/** An article's header (titles, bylines, revision) and its aligned rows. */
export function ArticleViewSection({ article, locale, t }: { article: ArticleView; locale: UiLocale; t: Translate }) {
  const title = pickTitle(article.versions, locale);
  const byline = pickPreferred(article.versions, locale, (version) => version.byline);
  const present = CONTENT_LANGUAGES.filter((language) => article.versions.some((v) => v.language === language));
  const absent = CONTENT_LANGUAGES.filter((language) => !present.includes(language));
  const otherTitles = article.versions.filter((v) => v.title && v.language !== title?.language);
  return (
    <article className="article">
      <p className="breadcrumb">
        <Link href={`/${locale}`}>{t("common:nav.backToLibrary")}</Link>
      </p>
      <header className="article-header">
        <h1 lang={title?.language}>{title?.title ?? t("common:library.untitled")}</h1>
        {otherTitles.map((version) => (
          <p key={version.language} className="other-title" lang={version.language}>
            {version.title}
          </p>
        ))}
        <p className="article-meta">
          {article.publishedAt && <span>{t("common:library.published", { date: formatPublicationDate(article.publishedAt, locale) })}</span>}
          <span>
            {article.revision === article.latestRevision
              ? t("article:revision", { number: article.revision })
              : t("article:revisionOf", { number: article.revision, latest: article.latestRevision })}
          </span>
          {article.revision !== article.latestRevision && (
            <Link href={`/${locale}/articles/${article.slug}`}>{t("article:latestLink")}</Link>
          )}
          {byline && (
            <span lang={byline.language} className="byline">
              {t("article:byline", { name: byline.value })}
            </span>
          )}
          {absent.map((language) => (
            <span key={language} className="missing-version">
              {t("article:missingVersion", { language: t(`common:languageNames.${language}`) })}
            </span>
          ))}
        </p>
      </header>
      <AlignedRows rows={article.rows} languages={present} t={t} />
    </article>
  );
}
