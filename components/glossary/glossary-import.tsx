"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { refusalCode, sendWrite } from "@/components/editor/write-request";

/** Upload a glossary file to replace the whole glossary (checked whole first: a bad line changes nothing). */
export function GlossaryImport({ csrfToken }: { csrfToken: string }) {
  const { t } = useTranslation("editor");
  const router = useRouter();
  const id = useId();
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setWorking(true);
    setOutcome(null);
    const answer = await sendWrite("/api/glossary/import", "POST", csrfToken, new FormData(event.currentTarget));
    setWorking(false);
    if (answer.status === 200) {
      setOutcome({ ok: true, text: t("import.done", { count: Number(answer.body.count) }) });
      router.refresh();
      return;
    }
    const detail = typeof answer.body.error === "string" ? answer.body.error : refusalCode(answer);
    setOutcome({ ok: false, text: t("import.failed", { error: detail }) });
  }

  return (
    <details className="glossary-import">
      <summary>{t("import.title")}</summary>
      <p>{t("import.intro")}</p>
      <form className="editor-form" onSubmit={upload} encType="multipart/form-data">
        <input type="hidden" name="csrf" value={csrfToken} />
        <label htmlFor={`${id}-file`}>{t("import.file")}</label>
        <input id={`${id}-file`} type="file" name="file" accept=".csv,.tbx,.xml,text/csv" required />
        <label className="checkbox">
          <input type="checkbox" name="allowEmpty" value="true" /> {t("import.allowEmpty")}
        </label>
        <button type="submit" disabled={working}>
          {working ? t("import.working") : t("import.submit")}
        </button>
        {outcome && (
          <p className={outcome.ok ? "form-done" : "form-error"} role={outcome.ok ? "status" : "alert"}>
            {outcome.text}
          </p>
        )}
      </form>
    </details>
  );
}
