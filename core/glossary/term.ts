/**
 * One glossary concept: its English name(s) and its renderings in each Chinese variant.
 *
 * `hansPreferred`/`hantPreferred` are the renderings to use; `*Allowed` are acceptable
 * alternatives (often another region's usage: 軟件 in Hong Kong); `forbidden` holds
 * renderings that must not be used, in either script (服务员|服務員 for "server").
 * Every string is trimmed and non-empty; lists may be empty; a note is null when blank.
 * The note is written per UI language: `note` in English, `noteZhHans` and `noteZhHant` for
 * the Chinese interfaces (see noteForLanguage for the fallback). `source` says where the
 * concept comes from (a style guide, a standard, the file it was imported from); it is
 * optional because the CSV has no column for it, and null or absent when unknown.
 */
export interface Term {
  english: string[];
  hansPreferred: string;
  hantPreferred: string;
  hansAllowed: string[];
  hantAllowed: string[];
  forbidden: string[];
  note: string | null;
  noteZhHans: string | null;
  noteZhHant: string | null;
  source?: string | null;
}

/** The glossary CSV header, exactly and in this order (DESIGN.md, "The parallax command"). */
export const GLOSSARY_COLUMNS = [
  "en",
  "zh-Hans",
  "zh-Hant",
  "zh-Hans-allowed",
  "zh-Hant-allowed",
  "forbidden",
  "note",
] as const;

/**
 * Optional columns after GLOSSARY_COLUMNS, in any order: the note in each Chinese UI
 * language (`note` itself is the English one).
 */
export const GLOSSARY_NOTE_COLUMNS = ["note-zh-Hans", "note-zh-Hant"] as const;

/** Separates alternatives inside one glossary field. */
export const ALTERNATIVE_SEPARATOR = "|";
