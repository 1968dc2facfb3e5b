"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { refusalCode, sendWrite } from "./write-request";

const KNOWN_ERRORS = ["wrong-secret", "bad-name", "editing-off", "too-many-attempts", "cross-site", "network"] as const;

/** The sign-in form: name and the editors' secret, posted to /api/session; then on to `next`. */
export function SignInForm({ next }: { next: string }) {
  const { t } = useTranslation("editor");
  const router = useRouter();
  const [name, setName] = useState("");
  const [secret, setSecret] = useState("");
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setWorking(true);
    setError(null);
    const answer = await sendWrite("/api/session", "POST", null, { name, secret });
    setWorking(false);
    if (answer.status === 200) {
      router.push(next);
      router.refresh();
      return;
    }
    const code = refusalCode(answer);
    setError((KNOWN_ERRORS as readonly string[]).includes(code) ? t(`signIn.errors.${code as (typeof KNOWN_ERRORS)[number]}`) : t("signIn.errors.unknown", { status: answer.status }));
  }

  return (
    <form className="editor-form sign-in-form" onSubmit={submit}>
      <label>
        <span>{t("signIn.name")}</span>
        <input name="name" autoComplete="username" required maxLength={60} value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        <span>{t("signIn.secret")}</span>
        <input name="secret" type="password" autoComplete="current-password" required value={secret} onChange={(event) => setSecret(event.target.value)} />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={working}>
        {working ? t("signIn.working") : t("signIn.submit")}
      </button>
    </form>
  );
}
