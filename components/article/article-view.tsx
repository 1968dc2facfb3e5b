import Link from "next/link";
import type { StoredArticle } from "@/core/article";
import { countFlagList, type StoredFlag } from "@/core/flag-reports";
import { formatPublicationDate } from "@/core/dates";
import type { Term } from "@/core/glossary";
import { CONTENT_LANGUAGES } from "@/core/languages";
import type { ArticleAnalysis } from "@/core/reading";
import { pickPreferred, pickTitle } from "@/core/titles";
import type { Translate, UiLocale } from "@/i18n/settings";
import { AlignedRows } from "./aligned-rows";
import { ArticleCredits } from "./article-credits";
import { cardTexts } from "./cards";
import { ArticleInteractions } from "./article-interactions";
import { DifferenceList } from "./difference-list";
import { FlagsPanel } from "@/components/flags/flags-panel";
import { ReadingControls } from "./reading-controls";
import { ViewScript } from "./view-script";

interface ArticleViewProps {
  article: StoredArticle;
  analysis: ArticleAnalysis;
  terms: readonly Term[];
  /** The revision's stored flags, in row order. */
  flags: readonly StoredFlag[];
  locale: UiLocale;
  t: Translate;
}

/** An article's header (titles, byline, revision), its reading controls, aligned rows and credits. */
export function ArticleViewSection({ article, analysis, terms, flags, locale, t }: ArticleViewProps) {
  const title = pickTitle(article.versions, locale);
  const byline = pickPreferred(article.versions, locale, (version) => version.byline);
  const present = CONTENT_LANGUAGES.filter((language) => article.versions.some((v) => v.language === language));
  const absent = CONTENT_LANGUAGES.filter((language) => !present.includes(language));
  const otherTitles = article.versions.filter((v) => v.title && v.language !== title?.language);
  const bothChinese = present.includes("zh-Hans") && present.includes("zh-Hant");
  return (
    <article className="article">
      <ViewScript />
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
      <div className="controls-and-flags">
        <ReadingControls counts={analysis.summary} chineseBoth={bothChinese} />
        <FlagsPanel counts={countFlagList(flags)} reportHref={`/${locale}/articles/${article.slug}/flags`} t={t} />
      </div>
      {bothChinese && <DifferenceList differences={analysis.differences} t={t} />}
      <AlignedRows rows={article.rows} languages={present} analysis={analysis} flagsByAnchor={flagsByAnchor(flags)} t={t} />
      <ArticleCredits t={t} />
      <ArticleInteractions cards={cardTexts(analysis.differences, terms, locale, t)} />
    </article>
  );
}

function flagsByAnchor(flags: readonly StoredFlag[]): Map<number, StoredFlag[]> {
  const byAnchor = new Map<number, StoredFlag[]>();
  for (const flag of flags) byAnchor.set(flag.anchor, [...(byAnchor.get(flag.anchor) ?? []), flag]);
  return byAnchor;
}
