import type { RegionalSource } from "../script-diff";
import type { Term } from "./term";

/**
 * A glossary as a regional phrase table for the difference triage: each Simplified
 * rendering (preferred or allowed) maps to every Traditional one. The glossary is the
 * project's own word on which renderings are equivalent, so a pair it lists (集装箱 /
 * 貨櫃) is a regional variant even where OpenCC's tables are silent. It names no region.
 * Pass it to `withRegionalSources` once per glossary.
 */
export function regionalSourceFromTerms(terms: readonly Term[], name = "glossary"): RegionalSource {
  const rows: string[][] = [];
  for (const term of terms) {
    const traditional = [term.hantPreferred, ...term.hantAllowed];
    for (const simplified of [term.hansPreferred, ...term.hansAllowed]) rows.push([simplified, ...traditional]);
  }
  return { name, direction: "hans-to-hant", entries: rows };
}
