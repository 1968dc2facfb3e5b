import type { ComputedFlag, FlagKind } from "./flag";

/** What a flag's one-line explanation is worded from: a key in the `flags` namespace and its values. */
export interface FlagExplanation {
  /**
   * `explanation.<kind>` in locales/<lng>/flags.json, or `explanation.glossary-missing-instead`
   * for a glossary-missing flag that knows what the version wrote instead (its `found`), or
   * `explanation.sc-tc-mismatch-no-counterpart` for a mismatch whose zh-Hant side is the
   * preferred rendering and has no counterpart to offer (expected null), or
   * `explanation.alignment-doubt-no-reason` for a doubtful row whose alignment gave no reason.
   */
  key:
    | `explanation.${FlagKind}`
    | "explanation.glossary-missing-instead"
    | "explanation.sc-tc-mismatch-no-counterpart"
    | "explanation.alignment-doubt-no-reason";
  values: Record<string, string | number>;
}

/** Shown where a value is missing (a term flag without a term, no numbers on one side). */
const NONE = "—";

/**
 * The key and values of a flag's explanation; the wording itself is in
 * locales/<lng>/flags.json (`explanation.<kind>`; the kind's name is `kind.<kind>`), so each
 * reader sees it in the interface language. Every kind gets `term`, `expected` and `found`
 * (NONE when null); then per kind: sc-tc-mismatch `other` (the zh-Hans rendering);
 * inconsistent-rendering `expectedCount` and `foundCount` (from details.renderingCounts);
 * number-mismatch `englishNumbers` and `chineseNumbers` (comma-separated); alignment-doubt
 * `confidence` (a whole percentage) and `reasons` (comma-separated).
 */
export function flagExplanation(flag: Pick<ComputedFlag, "kind" | "term" | "expected" | "found" | "details">): FlagExplanation {
  const values: Record<string, string | number> = {
    term: flag.term ?? NONE,
    expected: flag.expected ?? NONE,
    found: flag.found ?? NONE,
  };
  const { details } = flag;
  switch (flag.kind) {
    case "glossary-missing":
      if (flag.found !== null) return { key: "explanation.glossary-missing-instead", values };
      break;
    case "glossary-forbidden":
      break;
    case "sc-tc-mismatch":
      values.other = details.otherRendering ?? NONE;
      if (flag.expected === null) return { key: "explanation.sc-tc-mismatch-no-counterpart", values };
      break;
    case "inconsistent-rendering":
      values.expectedCount = (flag.expected === null ? undefined : details.renderingCounts?.[flag.expected]) ?? 0;
      values.foundCount = (flag.found === null ? undefined : details.renderingCounts?.[flag.found]) ?? 0;
      break;
    case "number-mismatch":
      values.englishNumbers = listed(details.englishNumbers);
      values.chineseNumbers = listed(details.chineseNumbers);
      break;
    case "alignment-doubt":
      values.confidence = Math.round((details.confidence ?? 0) * 100);
      values.reasons = listed(details.reasons);
      if (details.reasons === undefined || details.reasons.length === 0) return { key: "explanation.alignment-doubt-no-reason", values };
      break;
    default:
      return assertNever(flag.kind);
  }
  return { key: `explanation.${flag.kind}`, values };
}

function listed(values: readonly string[] | undefined): string {
  return values === undefined || values.length === 0 ? NONE : values.join(", ");
}

function assertNever(value: never): never {
  throw new Error(`unexpected flag kind ${String(value)}`);
}
