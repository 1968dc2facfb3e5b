import type { NextRequest } from "next/server";
import { i18nRouter } from "next-i18n-router";
import { DEFAULT_LOCALE, UI_LOCALES } from "@/i18n/settings";

/**
 * Sends a path without a locale (e.g. `/`) to the reader's language: the NEXT_LOCALE cookie
 * set by the language switcher, else the best match for Accept-Language (zh-TW and zh-HK go to
 * zh-Hant, zh-CN and plain zh to zh-Hans), else English.
 */
export function proxy(request: NextRequest) {
  return i18nRouter(request, { locales: [...UI_LOCALES], defaultLocale: DEFAULT_LOCALE, prefixDefault: true });
}

export const config = { matcher: "/((?!api|_next|.*\\..*).*)" };
