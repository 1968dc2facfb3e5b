import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LibraryList } from "@/components/library/library-list";
import { LibraryPagination } from "@/components/library/library-pagination";
import { countPages, LIBRARY_PAGE_SIZE, pageOffset } from "@/core/pagination";
import { getTranslation } from "@/i18n/server";
import { loadLibraryPage } from "@/server/articles";
import { parseLocale, parsePage } from "@/server/params";

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { t } = await getTranslation(parseLocale((await params).lng));
  const page = parsePage((await searchParams).page);
  return { title: page === 1 ? t("library.heading") : t("library.pageTitle", { page }) };
}

export default async function LibraryPage({ params, searchParams }: Props) {
  const locale = parseLocale((await params).lng);
  const page = parsePage((await searchParams).page);
  const [{ articles, total }, { t }] = await Promise.all([loadLibraryPage(page), getTranslation(locale)]);
  const pages = countPages(total, LIBRARY_PAGE_SIZE);
  if (page > pages) notFound();
  const from = pageOffset(page, LIBRARY_PAGE_SIZE) + 1;
  return (
    <section className="library">
      <h1>{t("library.heading")}</h1>
      {total === 0 ? (
        <p>{t("library.empty")}</p>
      ) : (
        <>
          <p className="library-range">{t("library.range", { from, to: from + articles.length - 1, total })}</p>
          <LibraryList articles={articles} locale={locale} t={t} />
          <LibraryPagination current={page} pages={pages} locale={locale} t={t} />
        </>
      )}
    </section>
  );
}
