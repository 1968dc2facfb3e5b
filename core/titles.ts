import type { ContentLanguage } from "./languages";

/** Which content versions to prefer for a reader of each UI language, best first. */
const PREFERENCE: Record<string, ContentLanguage[]> = {
  en: ["en", "zh-Hans", "zh-Hant"],
  "zh-Hans": ["zh-Hans", "zh-Hant", "en"],
  "zh-Hant": ["zh-Hant", "zh-Hans", "en"],
};

/**
 * The first of `versions`, in the order a reader whose UI language is `uiLocale` prefers (that
 * language, then the other Chinese script, then English), for which `pick` gives a non-empty
 * value. Null when none has one.
 */
export function pickPreferred<T extends { language: ContentLanguage }>(
  versions: T[],
  uiLocale: string,
  pick: (version: T) => string | null,
): { language: ContentLanguage; value: string } | null {
  for (const language of PREFERENCE[uiLocale] ?? PREFERENCE.en ?? []) {
    const version = versions.find((v) => v.language === language);
    const value = version ? pick(version) : null;
    if (value) return { language, value };
  }
  return null;
}

/** The title to show a reader of `uiLocale` (see pickPreferred). */
export function pickTitle<T extends { language: ContentLanguage; title: string | null }>(
  versions: T[],
  uiLocale: string,
): { language: ContentLanguage; title: string } | null {
  const found = pickPreferred(versions, uiLocale, (version) => version.title);
  return found ? { language: found.language, title: found.value } : null;
}
