"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslation } from "react-i18next";
import { LOCALE_NAMES, UI_LOCALES, type UiLocale } from "@/i18n/settings";

/**
 * Links to the same page in each UI language, keeping the rest of the path and the query.
 * Choosing one also stores it in the NEXT_LOCALE cookie, which `/` honours next time.
 */
export function LanguageSwitcher({ current }: { current: UiLocale }) {
  const { t } = useTranslation("common");
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const rest = pathname.replace(/^\/[^/]+/, "");
  return (
    <nav className="language-switcher" aria-label={t("languageSwitcher.label")}>
      {UI_LOCALES.map((locale) => (
        <Link
          key={locale}
          href={`/${locale}${rest}${query ? `?${query}` : ""}`}
          lang={locale}
          hrefLang={locale}
          aria-current={locale === current ? "page" : undefined}
          onClick={() => {
            document.cookie = `NEXT_LOCALE=${locale}; path=/; max-age=31536000; samesite=lax`;
          }}
        >
          {LOCALE_NAMES[locale]}
        </Link>
      ))}
    </nav>
  );
}
