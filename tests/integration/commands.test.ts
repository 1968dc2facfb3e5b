import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./support/cli";

/** The file-in, JSON-out commands other tools rely on (contracts in ../shared/DESIGN.md). */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-commands-"));
function file(name: string, lines: string[]): string {
  const target = path.join(scratch, name);
  fs.writeFileSync(target, `${lines.join("\n")}\n`);
  return target;
}
const noDatabase = { DATABASE_URL: "", PGLITE_DIR: path.join(scratch, "unused") };

describe("parallax compare-chinese", () => {
  it("prints one entry per line pair with each difference's class and texts", async () => {
    const hans = file("hans.txt", ["我们的软件已经上线。", "预算公开了。", "他说：“好。”"]);
    const hant = file("hant.txt", ["我們的軟體已經上線。", "預算公開了。", "他說：「好。」"]);
    const result = await runCli(["compare-chinese", hans, hant, "--json"], noDatabase);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { lines: { line: number; differences: { class: string; hans: string; hant: string }[] }[] };
    expect(report.lines.map((l) => l.line)).toEqual([1, 2, 3]);
    expect(report.lines[0]?.differences).toEqual([{ class: "regional-variant", hans: "软件", hant: "軟體" }]);
    expect(report.lines[1]?.differences).toEqual([]);
    expect(report.lines[2]?.differences.every((d) => d.class === "variant-form")).toBe(true);
    expect(report.lines[2]?.differences.length).toBeGreaterThan(0);
  });

  it("exits 1 naming the file when one is missing", async () => {
    const hans = file("only-hans.txt", ["软件"]);
    const missing = path.join(scratch, "missing.txt");
    const result = await runCli(["compare-chinese", hans, missing], noDatabase);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`parallax compare-chinese: ${missing}: no such file`);
  });
});

describe("parallax align", () => {
  it("prints groups of 0-based indices that cover every line of both sides in order", async () => {
    const english = file("en.txt", [
      "The city published its 2025 budget as open data in March.",
      "More than 40,000 people downloaded the files in the first month.",
      "Officials plan to publish spending every quarter from 2027.",
    ]);
    const chinese = file("zh.txt", [
      "该市于三月以开放数据形式公布了2025年预算。",
      "第一个月内，超过四万人下载了这些文件。",
      "官员计划从2027年起每季度公布一次支出。",
    ]);
    const result = await runCli(["align", english, chinese, "--from", "en", "--to", "zh-Hans", "--json"], noDatabase);
    expect(result.code).toBe(0);
    const { groups } = JSON.parse(result.stdout) as { groups: { source: number[]; target: number[]; score: number }[] };
    expect(groups.map((g) => [g.source, g.target])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
    expect(groups.every((g) => g.score >= 0 && g.score <= 1)).toBe(true);
  });

  it("exits 1 with a clear message for an unknown language", async () => {
    const english = file("en2.txt", ["Hello."]);
    const result = await runCli(["align", english, english, "--from", "en", "--to", "fr"], noDatabase);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--to "fr" is not one of en, zh-Hans, zh-Hant');
  });
});
