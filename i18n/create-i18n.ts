import { createInstance, type i18n } from "i18next";
import { initReactI18next } from "react-i18next/initReactI18next";
import { resources } from "./resources";
import { NAMESPACES, UI_LOCALES, type UiLocale } from "./settings";

/**
 * A fresh i18next instance for one locale. The server makes one per request (a shared
 * instance's language could be flipped by a concurrent request); the client makes one per
 * provider. Resources are bundled and `initAsync: false` makes `init` finish before it
 * returns, so the instance is ready at once (no flash of untranslated keys on the client).
 */
export function createI18n(locale: UiLocale): i18n {
  const instance = createInstance();
  instance.use(initReactI18next);
  void instance.init({
    lng: locale,
    resources,
    supportedLngs: [...UI_LOCALES],
    fallbackLng: { "zh-Hant": ["zh-Hans", "en"], default: ["en"] },
    load: "currentOnly",
    ns: [...NAMESPACES],
    defaultNS: "common",
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
