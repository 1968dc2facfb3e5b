import "server-only";
import { cache } from "react";
import { createI18n } from "./create-i18n";
import { NAMESPACES, type Translate, type UiLocale } from "./settings";

/** The request's translator: one i18next instance per request and locale (React cache). */
export const getTranslation = cache(async (locale: UiLocale) => {
  const i18n = createI18n(locale);
  const t: Translate = i18n.getFixedT(locale, [...NAMESPACES]);
  return { i18n, t };
});
