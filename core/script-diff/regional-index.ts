import { foldForComparison } from "./folded-text";
import type { TextFolder } from "../chinese";
import type { Region } from "./types";

/**
 * A phrase table pairing Simplified (mainland) wording with Traditional regional wording.
 *
 * `entries` is OpenCC's text form, `key value1 value2…|key …` (any number of candidates;
 * every candidate counts), or rows already split into `[key, value1, value2…]`.
 * With `direction: "hans-to-hant"` the key is the mainland wording and the values its
 * regional renderings (OpenCC's TWPhrases, HKPhrases); with `"hant-to-hans"` the key is the
 * regional wording and the values mainland ones (OpenCC's *PhrasesRev tables).
 * Keys and values may be written in either script: the index folds them.
 */
export interface RegionalSource {
  readonly name: string;
  /** The region whose usage the Traditional side records; absent when unknown (a glossary). */
  readonly region?: Region;
  readonly direction: "hans-to-hant" | "hant-to-hans";
  readonly entries: string | readonly (readonly string[])[];
}

/** One regional rendering of a mainland wording, in folded form. */
export interface RegionalCandidate {
  /** The rendering folded for comparison (軟體 → 软体). */
  readonly folded: string;
  /** Regions whose tables list it; empty when only region-less sources (a glossary) do. */
  readonly regions: readonly Region[];
}

/**
 * Lookup from a mainland wording (folded) to its regional renderings (folded).
 *
 * Invariants: a candidate never folds to the same string as its key (such pairs differ
 * by script only and are not regional differences); keys and candidates are non-empty;
 * `maxKeyLength` is the longest key in code points (0 for an empty index).
 */
export interface RegionalIndex {
  candidatesFor(foldedHans: string): readonly RegionalCandidate[];
  readonly maxKeyLength: number;
  /** Every folded key and candidate, for building a tokenizer's word list. */
  words(): Iterable<string>;
}

/** Builds an index from phrase tables; `foldCharacters` is the Traditional→Simplified folder. */
export function createRegionalIndex(sources: readonly RegionalSource[], foldCharacters: TextFolder): RegionalIndex {
  const byKey = new Map<string, Map<string, Set<Region>>>();
  let maxKeyLength = 0;

  const add = (key: string, value: string, region: Region | undefined) => {
    const foldedKey = foldForComparison(key.trim(), foldCharacters);
    const foldedValue = foldForComparison(value.trim(), foldCharacters);
    if (foldedKey === "" || foldedValue === "" || foldedKey === foldedValue) return;
    let candidates = byKey.get(foldedKey);
    if (candidates === undefined) {
      candidates = new Map();
      byKey.set(foldedKey, candidates);
      maxKeyLength = Math.max(maxKeyLength, [...foldedKey].length);
    }
    let regions = candidates.get(foldedValue);
    if (regions === undefined) {
      regions = new Set();
      candidates.set(foldedValue, regions);
    }
    if (region !== undefined) regions.add(region);
  };

  for (const source of sources) {
    for (const [key, ...values] of rowsOf(source.entries)) {
      if (key === undefined) continue;
      for (const value of values) {
        if (source.direction === "hans-to-hant") add(key, value, source.region);
        else add(value, key, source.region);
      }
    }
  }

  const index = new Map<string, readonly RegionalCandidate[]>();
  for (const [key, candidates] of byKey) {
    index.set(
      key,
      [...candidates].map(([folded, regions]) => ({
        folded,
        regions: [...regions].sort(compareRegions),
      })),
    );
  }

  return {
    candidatesFor: (foldedHans) => index.get(foldedHans) ?? [],
    maxKeyLength,
    *words() {
      for (const [key, candidates] of index) {
        yield key;
        for (const candidate of candidates) yield candidate.folded;
      }
    },
  };
}

/** Splits OpenCC's `key v1 v2|key v1` form into rows; passes split rows through. */
export function rowsOf(entries: string | readonly (readonly string[])[]): readonly (readonly string[])[] {
  if (typeof entries !== "string") return entries;
  return entries
    .split("|")
    .map((row) => row.split(" ").filter((part) => part !== ""))
    .filter((row) => row.length >= 2);
}

/** Taiwan first: a stable order, so output never depends on table order. */
function compareRegions(a: Region, b: Region): number {
  return a === b ? 0 : a === "tw" ? -1 : 1;
}
