"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { UiLocale } from "@/i18n/settings";
import { sendWrite } from "./write-request";
import "./editor-status.css";

type Status = { name: string; csrfToken: string } | null | "unknown";

/**
 * The header's editor corner: "Sign in to edit", or the editor's name and "Sign out". It asks
 * /api/session from the browser rather than being rendered with the page, because article
 * and library pages are rendered once and served to every reader from memory.
 */
export function EditorStatus({ locale }: { locale: UiLocale }) {
  const { t } = useTranslation("editor");
  const pathname = usePathname();
  const [status, setStatus] = useState<Status>("unknown");

  useEffect(() => {
    let live = true;
    fetch("/api/session", { credentials: "same-origin", cache: "no-store" })
      .then((response) => response.json() as Promise<{ editor: { name: string } | null; csrfToken?: string }>)
      .then((body) => live && setStatus(body.editor && body.csrfToken ? { name: body.editor.name, csrfToken: body.csrfToken } : null))
      .catch(() => live && setStatus(null));
    return () => {
      live = false;
    };
  }, [pathname]);

  if (status === "unknown") return <span className="editor-status" />;
  if (status === null) {
    const signIn = `/${locale}/sign-in${pathname && !pathname.endsWith("/sign-in") ? `?next=${encodeURIComponent(pathname)}` : ""}`;
    return (
      <span className="editor-status">
        <a href={signIn}>{t("nav.signIn")}</a>
      </span>
    );
  }
  return (
    <span className="editor-status">
      <span className="editor-name">{t("nav.signedInAs", { name: status.name })}</span>
      <button
        type="button"
        className="link-button"
        onClick={async () => {
          await sendWrite("/api/session", "DELETE", status.csrfToken);
          window.location.reload();
        }}
      >
        {t("nav.signOut")}
      </button>
    </span>
  );
}
