import type { Term } from "./term";

/** The languages a note is written in: those of the user interface. */
export type NoteLanguage = "en" | "zh-Hans" | "zh-Hant";

/** A term's note as a reader sees it: its text, and the language it is written in. */
export interface ShownNote {
  text: string;
  language: NoteLanguage;
  /** True when the note is not in the language asked for (the English one stands in). */
  fallback: boolean;
}

/**
 * The note of `term` for a reader of the `language` interface: the note written in that
 * language; else the English note, marked as a fallback so the interface can say so; else
 * null (a term without notes).
 */
export function noteForLanguage(term: Term, language: NoteLanguage): ShownNote | null {
  const own = language === "zh-Hans" ? term.noteZhHans : language === "zh-Hant" ? term.noteZhHant : term.note;
  if (own) return { text: own, language, fallback: false };
  if (term.note) return { text: term.note, language: "en", fallback: true };
  return null;
}
