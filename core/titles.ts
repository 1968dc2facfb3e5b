import type { ContentLanguage } from "./languages";

/** Which content versions to prefer for a title, for each UI language, best first. */
const TITLE_PREFERENCE: Record<string, ContentLanguage[]> = {
  en: ["en", "zh-Hans", "zh-Hant"],
  "zh-Hans": ["zh-Hans", "zh-Hant", "en"],
  "zh-Hant": ["zh-Hant", "zh-Hans", "en"],
};

/**
 * The title to show a reader whose UI language is `uiLocale`: the version in that language when
 * it has a title, else the closest other script, else English. Null when no version has a title.
 */
export function pickTitle<T extends { language: ContentLanguage; title: string | null }>(
  versions: T[],
  uiLocale: string,
): { language: ContentLanguage; title: string } | null {
  const preference = TITLE_PREFERENCE[uiLocale] ?? TITLE_PREFERENCE.en ?? [];
  for (const language of preference) {
    const title = versions.find((version) => version.language === language)?.title;
    if (title) return { language, title };
  }
  return null;
}
