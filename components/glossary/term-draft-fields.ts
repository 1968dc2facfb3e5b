import { ALTERNATIVE_SEPARATOR, TERM_FIELDS, type StoredTerm, type TermField } from "@/core/glossary";

/** What the term form holds: each field as the editor types it, lists with " | " between values. */
export type TermFormValues = Record<TermField, string>;

/** The form's values for `term`, or empty ones for a new term. */
export function formValuesOf(term: StoredTerm | null): TermFormValues {
  const values = Object.fromEntries(TERM_FIELDS.map((field) => [field, ""])) as TermFormValues;
  if (!term) return values;
  for (const field of TERM_FIELDS) {
    const value = term[field];
    values[field] = Array.isArray(value) ? value.join(` ${ALTERNATIVE_SEPARATOR} `) : (value ?? "");
  }
  return values;
}

/** The fields whose values differ once trimmed (what a conflict shows side by side). */
export function differingFields(mine: TermFormValues, theirs: TermFormValues): TermField[] {
  const normal = (text: string) => text.split(ALTERNATIVE_SEPARATOR).map((part) => part.trim()).filter(Boolean).join("|");
  return TERM_FIELDS.filter((field) => normal(mine[field]) !== normal(theirs[field]));
}

/** Fields that hold several values separated by |. */
export const LIST_FIELDS: readonly TermField[] = ["english", "hansAllowed", "hantAllowed", "hansForbidden", "hantForbidden"];

/** The language a field's text is written in, for its lang attribute (fonts, screen readers). */
export function languageOfField(field: TermField): "en" | "zh-Hans" | "zh-Hant" | undefined {
  if (field === "hansPreferred" || field === "hansAllowed" || field === "hansForbidden" || field === "noteZhHans") return "zh-Hans";
  if (field === "hantPreferred" || field === "hantAllowed" || field === "hantForbidden" || field === "noteZhHant") return "zh-Hant";
  if (field === "english" || field === "note") return "en";
  return undefined;
}
