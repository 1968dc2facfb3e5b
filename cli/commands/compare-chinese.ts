import { parseArgs } from "node:util";
import { compareChineseLines } from "@/core/script-diff";
import { UsageError } from "../usage-error";
import { readLines } from "../read-lines";

/**
 * `parallax compare-chinese <hans.txt> <hant.txt> [--json]`
 * One paragraph per line in each file, paired by line; prints each Simplified/Traditional
 * difference with its class (contract in ../shared/DESIGN.md). Script-only differences are
 * not differences and are never printed.
 */
export async function runCompareChinese(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean", default: false } },
  });
  const [hansPath, hantPath, ...extra] = positionals;
  if (hansPath === undefined || hantPath === undefined || extra.length > 0) {
    throw new UsageError("usage: parallax compare-chinese <hans.txt> <hant.txt> [--json]");
  }
  const [hans, hant] = await Promise.all([readLines(hansPath), readLines(hantPath)]);
  const report = compareChineseLines(hans, hant);
  if (values.json) {
    console.log(JSON.stringify(report));
    return 0;
  }
  for (const { line, differences } of report.lines) {
    for (const difference of differences) {
      console.log(`line ${line}\t${difference.class}\t${difference.hans || "∅"}\t${difference.hant || "∅"}`);
    }
  }
  const total = report.lines.reduce((sum, entry) => sum + entry.differences.length, 0);
  console.log(`${total} difference${total === 1 ? "" : "s"} in ${report.lines.length} line pair${report.lines.length === 1 ? "" : "s"}`);
  return 0;
}
