import "i18next";
import type enArticle from "@/locales/en/article.json";
import type enCommon from "@/locales/en/common.json";
import type enEditor from "@/locales/en/editor.json";
import type enFlags from "@/locales/en/flags.json";
import type enReview from "@/locales/en/review.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: { common: typeof enCommon; article: typeof enArticle; flags: typeof enFlags; review: typeof enReview; editor: typeof enEditor };
  }
}
