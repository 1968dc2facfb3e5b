import { parseArgs } from "node:util";
import { alignPair } from "@/core/align";
import { createTraditionalToSimplifiedFolder } from "@/core/chinese";
import { isContentLanguage, type ContentLanguage } from "@/core/languages";
import { cedictLexiconOrWarn } from "../lexicon";
import { readLines } from "../read-lines";
import { UsageError } from "../usage-error";

/**
 * `parallax align <source.txt> <target.txt> --from <lang> --to <lang> [--json]`
 * One paragraph per line in; groups of 0-based line indices out (a contract other tools use:
 * see ../shared/DESIGN.md). Every line of each side is in exactly one group, in order.
 */
export async function runAlign(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { from: { type: "string" }, to: { type: "string" }, json: { type: "boolean", default: false } },
  });
  const [sourcePath, targetPath, ...extra] = positionals;
  if (sourcePath === undefined || targetPath === undefined || extra.length > 0) {
    throw new UsageError("usage: parallax align <source.txt> <target.txt> --from <lang> --to <lang> [--json]");
  }
  const from = languageOption("--from", values.from);
  const to = languageOption("--to", values.to);
  const [source, target] = await Promise.all([readLines(sourcePath), readLines(targetPath)]);
  // The dictionary serves English ↔ Chinese only; Simplified ↔ Traditional needs no loading.
  const lexicon = (from === "en") !== (to === "en") ? cedictLexiconOrWarn("align") : undefined;
  const groups = alignPair(source, target, from, to, createTraditionalToSimplifiedFolder(), { lexicon });

  if (values.json) {
    console.log(JSON.stringify({ groups: groups.map((g) => ({ source: g.source, target: g.target, score: round(g.score) })) }));
    return 0;
  }
  for (const group of groups) {
    console.log(`${from} ${lineRange(group.source)}\t${to} ${lineRange(group.target)}\t${group.score.toFixed(2)}`);
  }
  return 0;
}

function languageOption(flag: string, value: string | undefined): ContentLanguage {
  if (value === undefined) throw new UsageError(`${flag} is required (en, zh-Hans or zh-Hant)`);
  if (!isContentLanguage(value)) throw new UsageError(`${flag} "${value}" is not one of en, zh-Hans, zh-Hant`);
  return value;
}

/** 1-based line numbers for people: "3", "3-4" or "-" for none. */
function lineRange(indices: number[]): string {
  const first = indices[0];
  const last = indices.at(-1);
  if (first === undefined || last === undefined) return "-";
  return first === last ? `${first + 1}` : `${first + 1}-${last + 1}`;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
