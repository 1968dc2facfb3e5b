/**
 * Language tags used for article content (BCP 47 with script subtags).
 * The UI locale (see i18n/) happens to use the same tags but is a separate concept.
 */
export const CONTENT_LANGUAGES = ["en", "zh-Hans", "zh-Hant"] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export function isContentLanguage(value: string): value is ContentLanguage {
  return (CONTENT_LANGUAGES as readonly string[]).includes(value);
}

/** A value for each content language, e.g. the paragraphs of each version. */
export type PerLanguage<T> = Record<ContentLanguage, T>;

/** Builds a PerLanguage value by calling `make` for each content language, in order. */
export function perLanguage<T>(make: (language: ContentLanguage) => T): PerLanguage<T> {
  return Object.fromEntries(CONTENT_LANGUAGES.map((language) => [language, make(language)])) as PerLanguage<T>;
}
