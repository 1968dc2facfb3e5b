import type { TFunction } from "i18next";

/**
 * The languages of the user interface. They share their tags with the content languages
 * (core/languages) but are a different concept: a reader may browse in English an article
 * that has only Chinese versions.
 */
export const UI_LOCALES = ["en", "zh-Hans", "zh-Hant"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const DEFAULT_LOCALE: UiLocale = "en";
export const NAMESPACES = ["common", "article", "flags", "review", "editor"] as const;
export type Namespace = (typeof NAMESPACES)[number];

export function isUiLocale(value: string): value is UiLocale {
  return (UI_LOCALES as readonly string[]).includes(value);
}

/** The name of each UI language in itself, for the language switcher. */
export const LOCALE_NAMES: Record<UiLocale, string> = { en: "English", "zh-Hans": "简体中文", "zh-Hant": "繁體中文" };

/** The translate function pages hand to server components: every namespace, "ns:key" keys. */
export type Translate = TFunction<["common", "article", "flags", "review", "editor"]>;
