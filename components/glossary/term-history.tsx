import type { AuditRecord } from "@/core/audit";
import { TERM_FIELDS, type TermField } from "@/core/glossary";
import type { Translate, UiLocale } from "@/i18n/settings";

/** The audit actions of a term, and their keys in editor.json (a dot would be read as nesting). */
const ACTION_KEYS = { "term.create": "term-create", "term.update": "term-update", "term.delete": "term-delete" } as const;

/**
 * A term's recorded changes, newest first, in a disclosure (no script needed): who, when,
 * and for an update which fields changed.
 */
export function TermHistory({ entries, locale, t }: { entries: AuditRecord[]; locale: UiLocale; t: Translate }) {
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return (
    <details className="term-history">
      <summary>{t("editor:edit.history")}</summary>
      {entries.length === 0 ? (
        <p>{t("editor:edit.historyEmpty")}</p>
      ) : (
        <ul>
          {entries.map((entry) => {
            const action = ACTION_KEYS[entry.action as keyof typeof ACTION_KEYS] ?? "term-update";
            const fields = entry.action === "term.update" ? changedFields(entry.before, entry.after) : [];
            return (
              <li key={entry.id}>
                <time dateTime={entry.at}>{when.format(new Date(entry.at))} UTC</time> — {t(`editor:edit.actions.${action}`, { editor: entry.editor })}
                {fields.length > 0 && <span className="history-fields">: {fields.map((field) => t(`editor:edit.fields.${field}`)).join(", ")}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}

function changedFields(before: unknown, after: unknown): TermField[] {
  if (typeof before !== "object" || before === null || typeof after !== "object" || after === null) return [];
  const was = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  return TERM_FIELDS.filter((field) => JSON.stringify(was[field] ?? null) !== JSON.stringify(now[field] ?? null));
}
