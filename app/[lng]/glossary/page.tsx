import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GlossaryImport } from "@/components/glossary/glossary-import";
import { GlossaryPagination } from "@/components/glossary/glossary-pagination";
import { TermCard } from "@/components/glossary/term-card";
import { TermEditor } from "@/components/glossary/term-editor";
import { TermHistory } from "@/components/glossary/term-history";
import { countPages, pageOffset } from "@/core/pagination";
import { getTranslation } from "@/i18n/server";
import { currentEditor } from "@/server/editor-auth";
import { GLOSSARY_PAGE_SIZE, loadGlossaryPage, loadTermHistories } from "@/server/glossary-reads";
import { parseLocale, parsePage } from "@/server/params";
import "./glossary.css";

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

/** A search longer than any term is cut: it could match nothing more. */
const QUERY_MAX = 200;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { t } = await getTranslation(parseLocale((await params).lng));
  const page = parsePage((await searchParams).page);
  return { title: page === 1 ? t("editor:glossary.title") : t("editor:glossary.pageTitle", { page }) };
}

/** The glossary: public to read and search; a signed-in editor also adds, edits, deletes and replaces terms. */
export default async function GlossaryPage({ params, searchParams }: Props) {
  const locale = parseLocale((await params).lng);
  const asked = await searchParams;
  const page = parsePage(asked.page);
  const query = typeof asked.q === "string" ? asked.q.trim().slice(0, QUERY_MAX) : "";
  const [{ terms, total }, editor, { t }] = await Promise.all([loadGlossaryPage(query, page), currentEditor(), getTranslation(locale)]);
  const pages = countPages(total, GLOSSARY_PAGE_SIZE);
  if (page > pages) notFound();
  const histories = editor ? await loadTermHistories(terms.map((term) => term.id)) : null;
  const from = pageOffset(page, GLOSSARY_PAGE_SIZE) + 1;
  const hrefOf = (target: number) => {
    const search = new URLSearchParams({ ...(query ? { q: query } : {}), ...(target > 1 ? { page: String(target) } : {}) }).toString();
    return `/${locale}/glossary${search ? `?${search}` : ""}`;
  };

  return (
    <section className="glossary">
      <h1>{t("editor:glossary.title")}</h1>
      <p className="glossary-intro">{t("editor:glossary.intro")}</p>
      <div className="glossary-tools">
        <form className="glossary-search" role="search" action={`/${locale}/glossary`} method="get">
          <label htmlFor="glossary-query">{t("editor:glossary.searchLabel")}</label>
          <input id="glossary-query" type="search" name="q" defaultValue={query} maxLength={QUERY_MAX} placeholder={t("editor:glossary.searchPlaceholder")} />
          <button type="submit">{t("editor:glossary.searchButton")}</button>
          {query && <a href={`/${locale}/glossary`}>{t("editor:glossary.clearSearch")}</a>}
        </form>
        <p className="glossary-downloads">
          <span>{t("editor:glossary.downloadLabel")}</span>
          <a href="/api/glossary/export?format=csv" download="glossary.csv">
            {t("editor:glossary.downloadCsv")}
          </a>
          <a href="/api/glossary/export?format=tbx" download="glossary.tbx">
            {t("editor:glossary.downloadTbx")}
          </a>
        </p>
      </div>
      {editor ? (
        <div className="glossary-editor-tools">
          <TermEditor term={null} csrfToken={editor.csrfToken} />
          <GlossaryImport csrfToken={editor.csrfToken} />
        </div>
      ) : (
        <p className="glossary-sign-in">
          <a href={`/${locale}/sign-in?next=${encodeURIComponent(`/${locale}/glossary`)}`}>{t("editor:nav.signIn")}</a> — {t("editor:glossary.signInToEdit")}
        </p>
      )}
      {total === 0 ? (
        <p className="glossary-empty">{query ? t("editor:glossary.noMatches", { query }) : t("editor:glossary.empty")}</p>
      ) : (
        <>
          <p className="glossary-range" role="status">
            {query ? t("editor:glossary.matches", { count: total, query }) : ""}
            {query && pages > 1 ? " · " : ""}
            {!query || pages > 1 ? t("editor:glossary.range", { from, to: from + terms.length - 1, total }) : ""}
          </p>
          <ul className="term-list">
            {terms.map((term) => (
              <TermCard
                key={term.id}
                term={term}
                locale={locale}
                t={t}
                actions={editor ? <TermEditor key={`${term.id}@${term.version}`} term={term} csrfToken={editor.csrfToken} /> : undefined}
                history={histories ? <TermHistory entries={histories.get(term.id) ?? []} locale={locale} t={t} /> : undefined}
              />
            ))}
          </ul>
          <GlossaryPagination current={page} pages={pages} hrefOf={hrefOf} t={t} />
        </>
      )}
    </section>
  );
}
