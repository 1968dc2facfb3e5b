import enArticle from "@/locales/en/article.json";
import enCommon from "@/locales/en/common.json";
import hansArticle from "@/locales/zh-Hans/article.json";
import hansCommon from "@/locales/zh-Hans/common.json";
import hantArticle from "@/locales/zh-Hant/article.json";
import hantCommon from "@/locales/zh-Hant/common.json";
import enFlags from "@/locales/en/flags.json";
import hansFlags from "@/locales/zh-Hans/flags.json";
import hantFlags from "@/locales/zh-Hant/flags.json";
import enReview from "@/locales/en/review.json";
import hansReview from "@/locales/zh-Hans/review.json";
import hantReview from "@/locales/zh-Hant/review.json";
import enEditor from "@/locales/en/editor.json";
import hansEditor from "@/locales/zh-Hans/editor.json";
import hantEditor from "@/locales/zh-Hant/editor.json";
import type { Namespace, UiLocale } from "./settings";

/**
 * Every UI string, per locale and namespace. The English files are the reference: the other
 * locales must have the same keys (checked by tests/unit/locales.test.ts), and i18next's
 * types are derived from them (i18n/i18next.d.ts), so an unknown key fails to compile.
 */
export const resources = {
  en: { common: enCommon, article: enArticle, flags: enFlags, review: enReview, editor: enEditor },
  "zh-Hans": { common: hansCommon, article: hansArticle, flags: hansFlags, review: hansReview, editor: hansEditor },
  "zh-Hant": { common: hantCommon, article: hantArticle, flags: hantFlags, review: hantReview, editor: hantEditor },
} satisfies Record<UiLocale, Record<Namespace, unknown>>;
