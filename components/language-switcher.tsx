"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { LOCALE_NAMES, UI_LOCALES, type UiLocale } from "@/i18n/settings";

/**
 * Links to the same page in each UI language. They are plain links rendered on the server,
 * so they work without JavaScript; the query (`?view=`) and the row (`#p-12`) are client
 * state that the server never sees, so the script adds them to the links once it runs, and
 * again at the moment a link is followed. Following one also stores the choice in the
 * NEXT_LOCALE cookie, which `/` honours next time.
 *
 * The server renders an article from its pinned revision (`…/r/3`, see proxy.ts), so without
 * JavaScript the links keep that revision; in the browser they follow the address shown.
 */
export function LanguageSwitcher({ current }: { current: UiLocale }) {
  const { t } = useTranslation("common");
  const renderedPath = usePathname();
  const [shown, setShown] = useState<{ path: string; suffix: string } | null>(null);

  useEffect(() => {
    setShown({ path: window.location.pathname, suffix: window.location.search + window.location.hash });
  }, []);

  const address = shown ?? { path: renderedPath, suffix: "" };
  // Hydration keeps the server's attributes; a new key makes React write the links afresh.
  return (
    <nav key={shown ? "browser" : "server"} className="language-switcher" aria-label={t("languageSwitcher.label")}>
      {UI_LOCALES.map((locale) => (
        <a
          key={locale}
          href={inLocale(address.path, locale) + address.suffix}
          lang={locale}
          hrefLang={locale}
          aria-current={locale === current ? "page" : undefined}
          onClick={(event) => {
            event.currentTarget.href = inLocale(window.location.pathname, locale) + window.location.search + window.location.hash;
            document.cookie = `NEXT_LOCALE=${locale}; path=/; max-age=31536000; samesite=lax`;
          }}
        >
          {LOCALE_NAMES[locale]}
        </a>
      ))}
    </nav>
  );
}

/** `/en/articles/x` → `/zh-Hans/articles/x`: the path with its first segment (the locale) replaced. */
function inLocale(pathname: string, locale: UiLocale): string {
  return `/${locale}${pathname.replace(/^\/[^/]+/, "")}`;
}
