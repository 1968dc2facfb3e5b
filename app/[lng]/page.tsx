import type { Metadata } from "next";
import { LibraryList } from "@/components/library/library-list";
import { getTranslation } from "@/i18n/server";
import { loadLibrary } from "@/server/articles";
import { parseLocale } from "@/server/params";

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getTranslation(parseLocale((await params).lng));
  return { title: t("library.heading") };
}

export default async function LibraryPage({ params }: Props) {
  const locale = parseLocale((await params).lng);
  const [articles, { t }] = await Promise.all([loadLibrary(), getTranslation(locale)]);
  return (
    <section className="library">
      <h1>{t("library.heading")}</h1>
      {articles.length === 0 ? <p>{t("library.empty")}</p> : <LibraryList articles={articles} locale={locale} t={t} />}
    </section>
  );
}
