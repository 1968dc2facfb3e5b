import { ALTERNATIVE_SEPARATOR, type Term } from "./term";

/** A term as the database keeps it: the concept, its id, and the version every edit raises. */
export interface StoredTerm extends Term {
  id: number;
  /** Raised by every edit; a write names the version it saw (optimistic locking). */
  version: number;
  source: string | null;
  /** ISO 8601. */
  updatedAt: string;
}

/** The fields of a term an editor fills in, named as in `Term`. */
export const TERM_FIELDS = [
  "english",
  "hansPreferred",
  "hantPreferred",
  "hansAllowed",
  "hantAllowed",
  "hansForbidden",
  "hantForbidden",
  "note",
  "noteZhHans",
  "noteZhHant",
  "source",
] as const;
export type TermField = (typeof TERM_FIELDS)[number];

/** What is wrong with one field of a draft; the interface words it, `message` is for logs and the CLI. */
export type TermProblemCode = "required" | "one-preferred" | "too-long" | "too-many" | "not-text" | "allowed-and-forbidden" | "duplicate";

export interface TermProblem {
  field: TermField;
  code: TermProblemCode;
  message: string;
}

/** Longest rendering, English form or source (a term, not a paragraph), longest note, most alternatives in one field. */
export const TERM_LIMITS = { value: 200, note: 2000, alternatives: 50 } as const;

const LIST_FIELDS = ["english", "hansAllowed", "hantAllowed", "hansForbidden", "hantForbidden"] as const;
const PREFERRED_FIELDS = ["hansPreferred", "hantPreferred"] as const;
const NOTE_FIELDS = ["note", "noteZhHans", "noteZhHant", "source"] as const;

/**
 * Checks a term an editor submitted (parsed JSON, so anything) by the rules the glossary CSV
 * follows (core/glossary parseGlossaryCsv): `english`, `hansPreferred` and `hantPreferred`
 * are required; a preferred rendering is one value (alternatives go in the -allowed lists);
 * lists are arrays of strings or one string with `|` between alternatives; every value is
 * trimmed, empty ones dropped, repeats kept once; a blank note is null. Beyond the CSV:
 * bounded lengths, and a rendering may not be both one to use and a forbidden one in the same version. `source` (where
 * the concept comes from: a style guide, a standard) is optional text like a note. Whether the
 * preferred pair is already another term's is for the database to say ("duplicate").
 *
 * Returns the normalised term, or every problem found (one per field at most), never both.
 */
export function checkTermDraft(input: unknown): { term: Term } | { problems: TermProblem[] } {
  const draft = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  const problems: TermProblem[] = [];
  const problem = (field: TermField, code: TermProblemCode, message: string) => {
    problems.push({ field, code, message });
  };

  const lists = {} as Record<(typeof LIST_FIELDS)[number], string[]>;
  for (const field of LIST_FIELDS) {
    const values = readList(draft[field]);
    lists[field] = values ?? [];
    if (values === null) problem(field, "not-text", `${field} must be text or a list of text`);
    else if (values.length > TERM_LIMITS.alternatives) problem(field, "too-many", `${field} has more than ${TERM_LIMITS.alternatives} values`);
    else if (values.some((value) => value.length > TERM_LIMITS.value)) problem(field, "too-long", `a value of ${field} is longer than ${TERM_LIMITS.value} characters`);
  }
  if (lists.english.length === 0 && !problems.some((found) => found.field === "english")) problem("english", "required", "english is empty");

  const preferred = {} as Record<(typeof PREFERRED_FIELDS)[number], string>;
  for (const field of PREFERRED_FIELDS) {
    const values = readList(draft[field]);
    preferred[field] = values?.[0] ?? "";
    if (values === null) problem(field, "not-text", `${field} must be text`);
    else if (values.length === 0) problem(field, "required", `${field} is empty`);
    else if (values.length > 1) problem(field, "one-preferred", `${field} holds one preferred rendering; put the others in the allowed renderings`);
    else if (preferred[field].length > TERM_LIMITS.value) problem(field, "too-long", `${field} is longer than ${TERM_LIMITS.value} characters`);
  }

  const notes = {} as Record<(typeof NOTE_FIELDS)[number], string | null>;
  for (const field of NOTE_FIELDS) {
    const value = draft[field];
    if (value !== undefined && value !== null && typeof value !== "string") {
      problem(field, "not-text", `${field} must be text`);
      notes[field] = null;
      continue;
    }
    const trimmed = (value ?? "").trim();
    notes[field] = trimmed === "" ? null : trimmed;
    const limit = field === "source" ? TERM_LIMITS.value : TERM_LIMITS.note;
    if (trimmed.length > limit) problem(field, "too-long", `${field} is longer than ${limit} characters`);
  }

  const variants = [
    { forbiddenField: "hansForbidden", toUse: [preferred.hansPreferred, ...lists.hansAllowed] },
    { forbiddenField: "hantForbidden", toUse: [preferred.hantPreferred, ...lists.hantAllowed] },
  ] as const;
  for (const { forbiddenField, toUse } of variants) {
    const forbidden = new Set(lists[forbiddenField]);
    const clash = toUse.find((value) => forbidden.has(value));
    if (clash !== undefined && !problems.some((found) => found.field === forbiddenField)) {
      problem(forbiddenField, "allowed-and-forbidden", `${clash} is both a rendering to use and a forbidden one`);
    }
  }

  if (problems.length > 0) return { problems };
  return {
    term: {
      english: lists.english,
      hansPreferred: preferred.hansPreferred,
      hantPreferred: preferred.hantPreferred,
      // The preferred rendering is not also an allowed one.
      hansAllowed: lists.hansAllowed.filter((value) => value !== preferred.hansPreferred),
      hantAllowed: lists.hantAllowed.filter((value) => value !== preferred.hantPreferred),
      hansForbidden: lists.hansForbidden,
      hantForbidden: lists.hantForbidden,
      note: notes.note,
      noteZhHans: notes.noteZhHans,
      noteZhHant: notes.noteZhHant,
      source: notes.source,
    },
  };
}

/** Trimmed, non-empty, each once; null when the value is neither text nor a list of text. */
function readList(value: unknown): string[] | null {
  if (value === undefined || value === null) return [];
  const parts = typeof value === "string" ? value.split(ALTERNATIVE_SEPARATOR) : Array.isArray(value) && value.every((item) => typeof item === "string") ? (value as string[]) : null;
  if (parts === null) return null;
  return [...new Set(parts.map((part) => part.trim()).filter((part) => part !== ""))];
}
