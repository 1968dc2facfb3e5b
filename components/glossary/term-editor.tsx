"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { TERM_FIELDS, type StoredTerm, type TermField, type TermProblemCode } from "@/core/glossary";
import { refusalCode, sendWrite } from "@/components/editor/write-request";
import { differingFields, formValuesOf, LIST_FIELDS, languageOfField, type TermFormValues } from "./term-draft-fields";

type Conflict = { current: StoredTerm; savedBy: string | null; during: "save" | "delete" };
const PROBLEM_CODES: readonly TermProblemCode[] = ["required", "one-preferred", "too-long", "too-many", "not-text", "allowed-and-forbidden", "duplicate"];
const REFUSALS = ["not-signed-in", "csrf", "cross-site", "network"] as const;

/**
 * An editor's controls for one term (Edit, Delete) or for a new one (Add a term): a form
 * that sends the version the editor loaded, and, when someone else saved first, says so,
 * shows their version beside the editor's draft (kept as typed) and lets the editor either
 * save theirs over it or start again from the newer version.
 */
export function TermEditor({ term, csrfToken }: { term: StoredTerm | null; csrfToken: string }) {
  const { t } = useTranslation("editor");
  const router = useRouter();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<TermFormValues>(() => formValuesOf(term));
  const [version, setVersion] = useState(term?.version ?? 0);
  const [problems, setProblems] = useState<Partial<Record<TermField, TermProblemCode>>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const headword = term?.english[0] ?? "";

  function refusalMessage(answer: { status: number; body: Record<string, unknown> }): string {
    const code = refusalCode(answer);
    if (code === "not-found") return t("edit.gone");
    return (REFUSALS as readonly string[]).includes(code) ? t(`edit.errors.${code as (typeof REFUSALS)[number]}`) : t("edit.errors.unknown", { status: answer.status });
  }

  function startEditing() {
    setValues(formValuesOf(term));
    setVersion(term?.version ?? 0);
    setProblems({});
    setConflict(null);
    setMessage(null);
    setOpen(true);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    await submit(version);
  }

  async function submit(version: number) {
    setWorking(true);
    setMessage(null);
    const answer = term
      ? await sendWrite(`/api/glossary/terms/${term.id}`, "PUT", csrfToken, { ...values, version })
      : await sendWrite("/api/glossary/terms", "POST", csrfToken, values);
    setWorking(false);
    if (answer.status === 200 || answer.status === 201) {
      setOpen(false);
      setConflict(null);
      if (!term) setValues(formValuesOf(null));
      router.refresh();
      return;
    }
    if (answer.status === 409 && answer.body.current) {
      setConflict(conflictOf(answer.body, "save"));
      return;
    }
    if (answer.status === 422 && Array.isArray(answer.body.problems)) {
      const found: Partial<Record<TermField, TermProblemCode>> = {};
      for (const problem of answer.body.problems as { field: TermField; code: TermProblemCode }[]) found[problem.field] ??= problem.code;
      setProblems(found);
      setMessage(t("edit.fixProblems"));
      return;
    }
    setMessage(refusalMessage(answer));
  }

  async function remove() {
    if (!term || !window.confirm(t("edit.confirmDelete", { term: headword }))) return;
    await removeVersion(term.version);
  }

  async function removeVersion(version: number) {
    if (!term) return;
    setWorking(true);
    const answer = await sendWrite(`/api/glossary/terms/${term.id}?version=${version}`, "DELETE", csrfToken);
    setWorking(false);
    if (answer.status === 200) {
      router.refresh();
      return;
    }
    if (answer.status === 409 && answer.body.current) {
      // Someone changed it meanwhile: show their version before anything is deleted.
      setValues(formValuesOf(term));
      setConflict(conflictOf(answer.body, "delete"));
      setOpen(true);
      return;
    }
    setMessage(refusalMessage(answer));
  }

  const theirs = conflict ? formValuesOf(conflict.current) : null;
  const changed = theirs ? differingFields(values, theirs) : [];

  if (!open) {
    return (
      <div className="term-actions">
        {term ? (
          <>
            <button type="button" onClick={startEditing} aria-label={`${t("edit.edit")}: ${headword}`}>
              {t("edit.edit")}
            </button>
            <button type="button" className="danger" onClick={remove} disabled={working} aria-label={`${t("edit.delete")}: ${headword}`}>
              {t("edit.delete")}
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={startEditing}>
            {t("edit.newTerm")}
          </button>
        )}
        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
      </div>
    );
  }

  return (
    <form className="editor-form term-form" onSubmit={save} aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>{term ? t("edit.editTitle", { term: headword }) : t("edit.newTermTitle")}</h3>
      {conflict && theirs && (
        <div className="conflict" role="alert">
          <p className="conflict-title">{t("edit.conflict.title")}</p>
          <p>
            {conflict.savedBy
              ? t("edit.conflict.body", { editor: conflict.savedBy, version: conflict.current.version })
              : t("edit.conflict.bodyUnknown", { version: conflict.current.version })}
          </p>
          <p className="conflict-theirs-heading">{t("edit.conflict.theirs", { version: conflict.current.version })}</p>
          <dl className="conflict-theirs">
            {(changed.length > 0 ? changed : TERM_FIELDS.slice(0, 3)).map((field) => (
              <div key={field} className="conflict-field">
                <dt>{t(`edit.fields.${field}`)}</dt>
                <dd lang={languageOfField(field)}>{theirs[field] || t("glossary.none")}</dd>
              </div>
            ))}
          </dl>
          <div className="conflict-choices">
            <button
              type="button"
              disabled={working}
              onClick={() => {
                const newer = conflict.current.version;
                setVersion(newer);
                setConflict(null);
                void (conflict.during === "delete" ? removeVersion(newer) : submit(newer));
              }}
            >
              {conflict.during === "delete" ? t("edit.conflict.deleteAnyway") : t("edit.conflict.keepMine")}
            </button>
            <button
              type="button"
              onClick={() => {
                setValues(theirs);
                setVersion(conflict.current.version);
                setConflict(null);
                setProblems({});
              }}
            >
              {t("edit.conflict.useTheirs")}
            </button>
          </div>
        </div>
      )}
      <div className="term-fields">
        {TERM_FIELDS.map((field) => {
          const id = `${formId}-${field}`;
          const problem = problems[field];
          const isNote = field.startsWith("note");
          const Control = isNote ? "textarea" : "input";
          return (
            <div key={field} className={`term-field term-field-${field}`}>
              <label htmlFor={id}>{t(`edit.fields.${field}`)}</label>
              <Control
                id={id}
                name={field}
                lang={languageOfField(field)}
                value={values[field]}
                required={field === "english" || field === "hansPreferred" || field === "hantPreferred"}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `${id}-problem` : LIST_FIELDS.includes(field) ? `${id}-hint` : undefined}
                onChange={(event) => setValues({ ...values, [field]: event.target.value })}
                // Opening the form puts the cursor in its first field.
                autoFocus={field === "english" && conflict === null}
                {...(isNote ? { rows: 2 } : {})}
              />
              {problem ? (
                <span id={`${id}-problem`} className="field-problem">
                  {t(`edit.problems.${PROBLEM_CODES.includes(problem) ? problem : "not-text"}`)}
                </span>
              ) : (
                LIST_FIELDS.includes(field) && (
                  <span id={`${id}-hint`} className="field-hint">
                    {t("edit.alternativesHint")}
                  </span>
                )
              )}
            </div>
          );
        })}
      </div>
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={working || conflict !== null}>
          {working ? t("edit.saving") : t("edit.save")}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t("edit.cancel")}
        </button>
      </div>
    </form>
  );
}

function conflictOf(body: Record<string, unknown>, during: Conflict["during"]): Conflict {
  return { current: body.current as StoredTerm, savedBy: typeof body.savedBy === "string" ? body.savedBy : null, during };
}
