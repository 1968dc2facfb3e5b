"use client";

import { useTranslation } from "react-i18next";

/** Not-found pages get no route params, so the message reads the locale from the provider. */
export function NotFoundMessage() {
  const { t } = useTranslation("common");
  return (
    <section className="not-found">
      <h1>{t("notFound.heading")}</h1>
      <p>{t("notFound.body")}</p>
    </section>
  );
}
