import { stringify } from "csv-stringify/sync";
import { flagRowPath, type StoredFlag } from "@/core/flag-reports";

/** What an export adds to a stored flag: its explanation in the reader's language and the path of its row. */
export interface ExportWording {
  locale: string;
  explain: (flag: StoredFlag) => string;
}

export const FLAG_CSV_COLUMNS = [
  "article",
  "revision",
  "row",
  "kind",
  "language",
  "term",
  "expected",
  "found",
  "explanation",
  "status",
  "note",
  "reviewed_by",
  "reviewed_at",
  "link",
] as const;

/**
 * Flags as CSV (RFC 4180, header first, CRLF line ends). A cell that a spreadsheet would read
 * as a formula (starting with =, +, -, @, a tab or a carriage return: article text comes from
 * anywhere) is written with a leading apostrophe.
 */
export function flagsAsCsv(flags: readonly StoredFlag[], wording: ExportWording): string {
  const records = flags.map((flag) => [
    flag.slug,
    flag.revision,
    flag.anchor,
    flag.kind,
    flag.language,
    flag.term ?? "",
    flag.expected ?? "",
    flag.found ?? "",
    wording.explain(flag),
    flag.review.status,
    flag.review.note ?? "",
    flag.review.reviewedBy ?? "",
    flag.review.reviewedAt ?? "",
    flagRowPath(wording.locale, flag),
  ].map((cell) => (typeof cell === "string" ? defuseFormula(cell) : cell)));
  return stringify([[...FLAG_CSV_COLUMNS], ...records], { record_delimiter: "windows" });
}

function defuseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Flags as JSON: `{"flags":[{…stored flag, "explanation", "link"}]}`. */
export function flagsAsJson(flags: readonly StoredFlag[], wording: ExportWording): string {
  return JSON.stringify(
    { flags: flags.map((flag) => ({ ...flag, explanation: wording.explain(flag), link: flagRowPath(wording.locale, flag) })) },
    null,
    2,
  );
}
