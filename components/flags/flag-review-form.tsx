"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FlagStatus } from "@/core/flags";
import type { StoredFlag } from "@/core/flag-reports";
import { formatReviewTime } from "./flag-wording";

type Message = { kind: "saved" | "conflict" | "error"; text: string };

/**
 * An editor's accept / dismiss (or reopen) of one flag, with an optional note: POSTs
 * `/api/flags/{id}/review` with the CSRF token in `x-csrf-token` and the version the page showed.
 * When someone else reviewed the flag first (409), it shows their decision and takes the newer
 * version, so a second click decides knowingly. The page is then refreshed from the server.
 */
export function FlagReviewForm({ flagId, version, status, csrfToken }: { flagId: number; version: number; status: FlagStatus; csrfToken: string }) {
  const { t } = useTranslation(["review", "common"]);
  const router = useRouter();
  const [note, setNote] = useState("");
  const [seenVersion, setSeenVersion] = useState(version);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  const submit = async (next: FlagStatus) => {
    setBusy(true);
    setMessage(null);
    try {
      const response = await fetch(`/api/flags/${flagId}/review`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": csrfToken },
        body: JSON.stringify({ status: next, note, expectedVersion: seenVersion }),
      });
      const body = (await response.json().catch(() => ({}))) as { flag?: StoredFlag; error?: string };
      if (response.ok && body.flag) {
        setSeenVersion(body.flag.version);
        setMessage({ kind: "saved", text: t("form.saved", { status: t(`statuses.${body.flag.review.status}`) }) });
        router.refresh();
      } else if (response.status === 409 && body.flag) {
        const review = body.flag.review;
        setSeenVersion(body.flag.version);
        setMessage({
          kind: "conflict",
          text: t("form.conflict", {
            status: t(`statuses.${review.status}`),
            who: review.reviewedBy ?? "",
            when: review.reviewedAt ? formatReviewTime(review.reviewedAt) : "",
            note: review.note ? `: ${review.note}` : "",
          }),
        });
        router.refresh();
      } else if (response.status === 401) {
        setMessage({ kind: "error", text: t("form.signedOut") });
      } else {
        setMessage({ kind: "error", text: t("form.failed", { error: body.error ?? String(response.status) }) });
      }
    } catch (error) {
      setMessage({ kind: "error", text: t("form.failed", { error: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="flag-review-form" onSubmit={(event) => event.preventDefault()} data-flag={flagId}>
      <label>
        <span>{t("form.note")}</span>
        <textarea name="note" rows={1} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} disabled={busy} />
      </label>
      {status !== "accepted" && (
        <button type="button" onClick={() => void submit("accepted")} disabled={busy} data-action="accepted">
          {t("form.accept")}
        </button>
      )}
      {status !== "dismissed" && (
        <button type="button" onClick={() => void submit("dismissed")} disabled={busy} data-action="dismissed">
          {t("form.dismiss")}
        </button>
      )}
      {status !== "open" && (
        <button type="button" onClick={() => void submit("open")} disabled={busy} data-action="open">
          {t("form.reopen")}
        </button>
      )}
      <p className="flag-review-message" role="status" data-kind={message?.kind}>
        {busy ? t("form.saving") : message?.text}
      </p>
    </form>
  );
}
