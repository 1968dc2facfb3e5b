"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FlagStatus } from "@/core/flags";
import type { StoredFlag } from "@/core/flag-reports";
import { refusalCode, sendWrite } from "@/components/editor/write-request";
import { formatReviewTime } from "./flag-wording";

type Message = { kind: "saved" | "conflict" | "error"; text: string };

/**
 * An editor's accept / dismiss (or reopen) of one flag, with an optional note: POSTs
 * `/api/flags/{id}/review` (sendWrite: the CSRF token in `x-csrf-token`) with the version the page showed.
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
    const answer = await sendWrite(`/api/flags/${flagId}/review`, "POST", csrfToken, { status: next, note, expectedVersion: seenVersion });
    setBusy(false);
    const flag = answer.body.flag as StoredFlag | undefined;
    if (answer.status === 200 && flag) {
      setSeenVersion(flag.version);
      setNote("");
      setMessage({ kind: "saved", text: t("form.saved", { status: t(`statuses.${flag.review.status}`) }) });
      router.refresh();
    } else if (answer.status === 409 && flag) {
      const review = flag.review;
      setSeenVersion(flag.version);
      setMessage({
        kind: "conflict",
        text: t("form.conflict", {
          status: t(`statuses.${review.status}`),
          who: review.reviewedBy ?? "",
          when: review.reviewedAt ? formatReviewTime(review.reviewedAt) : "",
          note: review.note ? t("form.conflictNote", { note: review.note }) : "",
        }),
      });
      router.refresh();
    } else if (answer.status === 400 && typeof answer.body.error === "string") {
      setMessage({ kind: "error", text: t("form.failed", { error: answer.body.error }) });
    } else {
      setMessage({ kind: "error", text: refusalText(refusalCode(answer), answer.status) });
    }
  };

  const refusalText = (code: string, status: number): string => {
    switch (code) {
      case "not-signed-in":
      case "csrf":
      case "cross-site":
      case "network":
        return t(`form.errors.${code}`);
      default:
        return t("form.errors.unknown", { status });
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
