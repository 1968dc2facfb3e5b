import "i18next";
import type enArticle from "@/locales/en/article.json";
import type enCommon from "@/locales/en/common.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: { common: typeof enCommon; article: typeof enArticle };
  }
}
