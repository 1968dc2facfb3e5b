import type { ScriptDifference } from "@/core/script-diff/types";

/** One readable line per difference: `class hans|hant`, plus the region when there is one. */
export function show(differences: readonly ScriptDifference[]): string[] {
  return differences.map(
    (difference) => `${difference.class} ${difference.hans}|${difference.hant}${difference.region ? ` (${difference.region})` : ""}`,
  );
}

/** The same with UTF-16 offsets: `class hans|hant [hansStart,hansEnd|hantStart,hantEnd]`. */
export function showWithOffsets(differences: readonly ScriptDifference[]): string[] {
  return differences.map(
    (d) => `${d.class} ${d.hans}|${d.hant} [${d.hansStart},${d.hansEnd}|${d.hantStart},${d.hantEnd}]`,
  );
}
