import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FlagReport } from "@/components/flags/flag-report";
import { pickTitle } from "@/core/titles";
import { getTranslation } from "@/i18n/server";
import { loadArticle } from "@/server/articles";
import { currentEditor } from "@/server/editor-auth";
import { FLAG_REPORT_PAGE_SIZE, loadFlagReport } from "@/server/flags";
import { parseFlagReportQuery } from "@/server/flag-report-query";
import { parseLocale, parseSlug } from "@/server/params";

type Props = {
  params: Promise<{ lng: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng, slug } = await params;
  const locale = parseLocale(lng);
  const [article, { t }] = await Promise.all([loadArticle(parseSlug(slug)), getTranslation(locale)]);
  return { title: t("review:report.articleTitle", { title: article ? (pickTitle(article.versions, locale)?.title ?? slug) : slug }) };
}

/** One article's flags report: its latest revision's flags, filtered by the query string. */
export default async function ArticleFlagsPage({ params, searchParams }: Props) {
  const { lng, slug: rawSlug } = await params;
  const locale = parseLocale(lng);
  const slug = parseSlug(rawSlug);
  const { filter, invalid, page } = parseFlagReportQuery(await searchParams);
  const [article, { t }, report, editor] = await Promise.all([
    loadArticle(slug),
    getTranslation(locale),
    loadFlagReport({ slug }, filter, page),
    currentEditor(),
  ]);
  if (!article) notFound();
  const title = pickTitle(article.versions, locale);
  // The title keeps its own language inside the sentence that names it.
  const [before = "", after = ""] = t("review:report.articleTitle", { title: "\u0000" }).split("\u0000");
  return (
    <div className="flag-report">
      <p className="breadcrumb">
        <a href={`/${locale}/articles/${slug}`}>{t("review:report.backToArticle")}</a> · <a href={`/${locale}/flags`}>{t("review:report.corpusLink")}</a>
      </p>
      <h1>
        {before}
        <span lang={title?.language}>{title?.title ?? slug}</span>
        {after}
      </h1>
      <p className="flag-report-intro">{t("review:report.articleIntro", { revision: article.revision })}</p>
      <FlagReport
        locale={locale}
        t={t}
        path={`/${locale}/articles/${slug}/flags`}
        slug={slug}
        {...report}
        consistency={null}
        page={page}
        pageSize={FLAG_REPORT_PAGE_SIZE}
        filter={filter}
        invalid={invalid}
        csrfToken={editor?.csrfToken ?? null}
      />
    </div>
  );
}
