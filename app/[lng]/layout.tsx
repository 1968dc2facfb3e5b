import type { Metadata } from "next";
import type { ReactNode } from "react";
import { EditorStatus } from "@/components/editor/editor-status";
import { LanguageSwitcher } from "@/components/language-switcher";
import { TranslationsProvider } from "@/components/translations-provider";
import { getTranslation } from "@/i18n/server";
import { UI_LOCALES } from "@/i18n/settings";
import { parseLocale } from "@/server/params";
import Link from "next/link";
import "../globals.css";

export function generateStaticParams() {
  return UI_LOCALES.map((lng) => ({ lng }));
}

export async function generateMetadata({ params }: { params: Promise<{ lng: string }> }): Promise<Metadata> {
  const { t } = await getTranslation(parseLocale((await params).lng));
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ lng: string }> }) {
  const locale = parseLocale((await params).lng);
  const { t } = await getTranslation(locale);
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t("nav.skipToContent")}
        </a>
        <TranslationsProvider locale={locale}>
          <header className="site-header">
            <Link href={`/${locale}`} className="brand">
              {t("appName")}
            </Link>
            <span className="tagline">{t("tagline")}</span>
            <span className="site-nav">
              <a href={`/${locale}/glossary`}>{t("editor:nav.glossary")}</a>
              <a href={`/${locale}/flags`}>{t("review:nav.flags")}</a>
              <EditorStatus locale={locale} />
            </span>
            <LanguageSwitcher current={locale} />
          </header>
          <main id="main">{children}</main>
        </TranslationsProvider>
      </body>
    </html>
  );
}
