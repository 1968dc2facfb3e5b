"use client";

import Link from "next/link";
import { useTranslation } from "react-i18next";

/** Not-found pages get no route params, so the message reads the locale from the provider. */
export function NotFoundMessage() {
  const { t, i18n } = useTranslation("common");
  return (
    <section className="not-found">
      <h1>{t("notFound.heading")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <Link href={`/${i18n.language}`}>{t("nav.backToLibrary")}</Link>
      </p>
    </section>
  );
}
