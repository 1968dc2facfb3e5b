import { InputError } from "../errors";
import type { Term } from "./term";

/** What is wrong with one entry (a CSV record, a TBX concept) of a glossary file. */
export interface EntryProblem {
  /** 1-based line the entry starts on. */
  line: number;
  message: string;
}

/** At most this many problems are spelt out; the rest are counted. */
const LISTED = 20;

/**
 * Throws one InputError for every invalid entry of a glossary file, so a user fixes them all
 * in one go instead of one per run: one problem reads `file:3: the en column is empty`,
 * several `file:3: 3 invalid entries: line 3: …; line 7: …; line 9: …`. Does nothing when
 * `problems` is empty.
 */
export function throwEntryProblems(source: string, problems: readonly EntryProblem[]): void {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  const [first] = sorted;
  if (first === undefined) return;
  if (sorted.length === 1) throw new InputError(`${source}:${first.line}`, first.message);
  const listed = sorted.slice(0, LISTED).map(({ line, message }) => `line ${line}: ${message}`);
  const more = sorted.length > LISTED ? `; and ${sorted.length - LISTED} more` : "";
  throw new InputError(`${source}:${first.line}`, `${sorted.length} invalid entries: ${listed.join("; ")}${more}`);
}

/**
 * Problems for entries whose pair of preferred renderings an earlier entry already has: the
 * glossary holds one concept per pair (a unique key in the database).
 */
export function duplicatePairProblems(entries: readonly { line: number; term: Term }[]): EntryProblem[] {
  const firstLineOf = new Map<string, number>();
  const problems: EntryProblem[] = [];
  for (const { line, term } of entries) {
    const pair = `${term.hansPreferred}\u0000${term.hantPreferred}`;
    const earlier = firstLineOf.get(pair);
    if (earlier === undefined) firstLineOf.set(pair, line);
    else {
      problems.push({
        line,
        message: `duplicate term: zh-Hans ${term.hansPreferred} / zh-Hant ${term.hantPreferred} is already on line ${earlier}`,
      });
    }
  }
  return problems;
}
