import type { StoredRow } from "../article";
import type { ContentLanguage } from "../languages";

/**
 * The closed set of flag kinds (issue 12; stored with underscores, see prisma/schema.prisma):
 * - `glossary-missing`: the row's English names a glossary term and this Chinese version uses
 *   none of its preferred or allowed renderings;
 * - `glossary-forbidden`: this version uses a rendering the glossary forbids;
 * - `sc-tc-mismatch`: the two Chinese versions render one English term with renderings that
 *   are not regional counterparts of each other;
 * - `inconsistent-rendering`: one English term rendered in different ways in different rows
 *   of the article;
 * - `number-mismatch`: the numbers of the English and this Chinese version disagree;
 * - `alignment-doubt`: the row's three-way alignment is doubtful.
 */
export const FLAG_KINDS = [
  "glossary-missing",
  "glossary-forbidden",
  "sc-tc-mismatch",
  "inconsistent-rendering",
  "number-mismatch",
  "alignment-doubt",
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export function isFlagKind(value: string): value is FlagKind {
  return (FLAG_KINDS as readonly string[]).includes(value);
}

/** A reviewer's decision on a flag; every flag starts open. */
export const FLAG_STATUSES = ["open", "accepted", "dismissed"] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

export function isFlagStatus(value: string): value is FlagStatus {
  return (FLAG_STATUSES as readonly string[]).includes(value);
}

/**
 * Values an explanation is worded from (the wording itself lives in locales/<lng>/flags.json);
 * each kind sets the ones it needs and nothing else.
 */
export interface FlagDetails {
  /** inconsistent-rendering: how many times each rendering occurs in the article. */
  renderingCounts?: Record<string, number>;
  /** sc-tc-mismatch: the other Chinese version's rendering of the term. */
  otherRendering?: string;
  /** number-mismatch: the numbers as each side writes them. */
  englishNumbers?: string[];
  chineseNumbers?: string[];
  /** alignment-doubt: the row's confidence (0–1) and machine-readable reasons. */
  confidence?: number;
  reasons?: string[];
}

/** A flag as the checks compute it from an article's rows and a glossary, before it is stored. */
export interface ComputedFlag {
  kind: FlagKind;
  /** The version the flag is about. */
  language: ContentLanguage;
  /** 0-based order of the row in the article. */
  rowPosition: number;
  /** 0-based position of the flagged paragraph in `language`'s version (the row's first), or null when the row has none. */
  paragraphPosition: number | null;
  /** Index into the glossary the checks were given, when the flag is about a term. */
  termIndex: number | null;
  /** The term's English headword, when the flag is about a term. */
  term: string | null;
  expected: string | null;
  found: string | null;
  details: FlagDetails;
}

/**
 * What makes two flags "the same flag" in different revisions or after a recomputation: a
 * review decision follows its fingerprint. The row is named by its anchor, which survives a
 * re-import while the row's content does.
 */
export function flagFingerprint(flag: Pick<ComputedFlag, "kind" | "language" | "term" | "expected" | "found">, rowAnchor: number): string {
  return [flag.kind, flag.language, String(rowAnchor), flag.term ?? "", flag.expected ?? "", flag.found ?? ""].join("\u001f");
}

/** What the checks read of a row: its place, its alignment's confidence, and its paragraphs. */
export type CheckRow = Pick<StoredRow, "position" | "anchor" | "confidence" | "reasons" | "paragraphs">;
