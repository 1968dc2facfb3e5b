"use client";

import { useState, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "@/i18n/create-i18n";
import type { UiLocale } from "@/i18n/settings";

/** Gives client leaves an i18next instance of their own for the page's locale. */
export function TranslationsProvider({ locale, children }: { locale: UiLocale; children: ReactNode }) {
  const [i18n] = useState(() => createI18n(locale));
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
