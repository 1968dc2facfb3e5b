import enArticle from "@/locales/en/article.json";
import enCommon from "@/locales/en/common.json";
import hansArticle from "@/locales/zh-Hans/article.json";
import hansCommon from "@/locales/zh-Hans/common.json";
import hantArticle from "@/locales/zh-Hant/article.json";
import hantCommon from "@/locales/zh-Hant/common.json";
import type { Namespace, UiLocale } from "./settings";

/**
 * Every UI string, per locale and namespace. The English files are the reference: the other
 * locales must have the same keys (checked by tests/unit/locales.test.ts), and i18next's
 * types are derived from them (i18n/i18next.d.ts), so an unknown key fails to compile.
 */
export const resources = {
  en: { common: enCommon, article: enArticle },
  "zh-Hans": { common: hansCommon, article: hansArticle },
  "zh-Hant": { common: hantCommon, article: hantArticle },
} satisfies Record<UiLocale, Record<Namespace, unknown>>;
