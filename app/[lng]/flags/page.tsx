import type { Metadata } from "next";
import { FlagReport } from "@/components/flags/flag-report";
import { getTranslation } from "@/i18n/server";
import { currentEditor } from "@/server/editor-auth";
import { FLAG_REPORT_PAGE_SIZE, loadFlagReport } from "@/server/flags";
import { parseFlagReportQuery } from "@/server/flag-report-query";
import { parseLocale } from "@/server/params";

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getTranslation(parseLocale((await params).lng));
  return { title: t("review:report.corpusTitle") };
}

/** The corpus-wide flags report: every article's latest revision, filtered by the query string. */
export default async function CorpusFlagsPage({ params, searchParams }: Props) {
  const locale = parseLocale((await params).lng);
  const { filter, invalid, page } = parseFlagReportQuery(await searchParams);
  const [{ t }, report, editor] = await Promise.all([getTranslation(locale), loadFlagReport({ corpus: true }, filter, page), currentEditor()]);
  return (
    <div className="flag-report">
      <p className="breadcrumb">
        <a href={`/${locale}`}>{t("common:nav.backToLibrary")}</a>
      </p>
      <h1>{t("review:report.corpusTitle")}</h1>
      <p className="flag-report-intro">{t("review:report.intro")}</p>
      <FlagReport
        locale={locale}
        t={t}
        path={`/${locale}/flags`}
        slug={null}
        {...report}
        page={page}
        pageSize={FLAG_REPORT_PAGE_SIZE}
        filter={filter}
        invalid={invalid}
        csrfToken={editor?.csrfToken ?? null}
      />
    </div>
  );
}
