/**
 * One glossary concept: its English name(s) and its renderings in each Chinese variant.
 *
 * `hansPreferred`/`hantPreferred` are the renderings to use; `*Allowed` are acceptable
 * alternatives (often another region's usage: 軟件 in Hong Kong); `hansForbidden` and
 * `hantForbidden` hold the renderings each version must not use (服务员 and 服務員 for
 * "server"). They are separate because a word can be right in one edition and wrong in the
 * other while written the same in both scripts: 人工智能 is the mainland's "artificial
 * intelligence" and may be refused in a Taiwan edition that writes 人工智慧.
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
  hansForbidden: string[];
  hantForbidden: string[];
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

/**
 * Optional columns after GLOSSARY_COLUMNS, in any order, with the renderings only one version
 * may not use (`forbidden` itself lists those neither may use).
 */
export const GLOSSARY_VARIANT_FORBIDDEN_COLUMNS = ["zh-Hans-forbidden", "zh-Hant-forbidden"] as const;

/** Separates alternatives inside one glossary field. */
export const ALTERNATIVE_SEPARATOR = "|";
