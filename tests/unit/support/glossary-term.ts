import type { Term } from "@/core/glossary";

/** A glossary term for a test: its English names and preferred pair, every other field empty unless `extra` sets it. */
export const term = (english: string[], hans: string, hant: string, extra: Partial<Term> = {}): Term => ({
  english,
  hansPreferred: hans,
  hantPreferred: hant,
  hansAllowed: [],
  hantAllowed: [],
  hansForbidden: [],
  hantForbidden: [],
  note: null,
  noteZhHans: null,
  noteZhHant: null,
  ...extra,
});
