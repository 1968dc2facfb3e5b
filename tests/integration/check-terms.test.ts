import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseGlossaryCsv, serializeTbx } from "@/core/glossary";
import { projectRoot, runCliProcess } from "./support/cli";

/**
 * `parallax check-terms` as a translator's CI runs it: the real process, no database (the
 * database variables point at a folder that must never be created), the exit codes 0 / 1 / 2
 * and the JSON of ../shared/DESIGN.md. The articles are in tests/fixtures/check-terms (see
 * its README for the flags each should give).
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-check-terms-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
const env = { ...process.env, DATABASE_URL: "", PGLITE_DIR: path.join(scratch, "pglite") };
const fixtures = path.join(projectRoot, "tests", "fixtures", "check-terms");
const glossaryCsv = path.join(projectRoot, "demo", "glossary.csv");
const glossaryTbx = path.join(scratch, "glossary.tbx");
fs.writeFileSync(glossaryTbx, serializeTbx(parseGlossaryCsv(fs.readFileSync(glossaryCsv, "utf8"), "demo/glossary.csv")));

const TERM_KINDS = ["glossary-missing", "glossary-forbidden", "sc-tc-mismatch", "inconsistent-rendering"];

/** The flags of the glossary checks (the number and alignment checks have tests of their own). */
const termFlags = (stdout: string) =>
  (JSON.parse(stdout) as { flags: { kind: string }[] }).flags.filter((flag) => TERM_KINDS.includes(flag.kind));

describe("parallax check-terms", () => {
  it("prints the flags as JSON and exits 1, with a CSV or a TBX glossary alike", () => {
    const expected = [
      {
        kind: "glossary-forbidden",
        lang: "zh-Hans",
        paragraph: 1,
        term: "server",
        expected: "服务器",
        found: "服务员",
        message: "服务员 is a forbidden rendering of “server”; the glossary prefers 服务器.",
      },
      {
        kind: "sc-tc-mismatch",
        lang: "zh-Hant",
        paragraph: 2,
        term: "project",
        expected: "專案",
        found: "計畫",
        message: "“project” is 项目 in Simplified but 計畫 in Traditional, which are not regional counterparts; the glossary’s counterpart is 專案.",
      },
      {
        kind: "inconsistent-rendering",
        lang: "zh-Hant",
        paragraph: 2,
        term: "project",
        expected: "專案",
        found: "計畫",
        message: "“project” is rendered 計畫 here and 專案 elsewhere in this article (專案 ×1, 計畫 ×1); keep to one.",
      },
    ];
    for (const glossary of [glossaryCsv, glossaryTbx]) {
      const result = runCliProcess(["check-terms", path.join(fixtures, "flagged"), "--glossary", glossary, "--json"], env);
      expect(result.code, result.stderr).toBe(1);
      expect(termFlags(result.stdout)).toEqual(expected);
    }
    expect(fs.existsSync(env.PGLITE_DIR)).toBe(false);
  });

  it("exits 0 on an article without flags, and prints a readable line without --json", () => {
    const json = runCliProcess(["check-terms", path.join(fixtures, "clean"), "--glossary", glossaryCsv, "--json"], env);
    expect([json.code, json.stdout]).toEqual([0, '{"flags":[]}\n']);
    const folder = path.join(fixtures, "clean");
    const text = runCliProcess(["check-terms", folder, "--glossary", glossaryCsv], env);
    expect([text.code, text.stdout]).toEqual([0, `No flags in ${folder}.\n`]);
  });

  it("prints one line per flag and the counts per kind without --json", () => {
    const folder = path.join(fixtures, "flagged");
    const result = runCliProcess(["check-terms", folder, "--glossary", glossaryCsv], env);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "zh-Hans ¶1    glossary-forbidden      server: 服务器 → 服务员  服务员 is a forbidden rendering of “server”; the glossary prefers 服务器.",
    );
    expect(lines.at(-1)).toMatch(new RegExp(`^\\d+ flags in ${folder.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: glossary-forbidden 1, sc-tc-mismatch 1, inconsistent-rendering 1`));
  });

  it("exits 2 with one line and no stack on bad input: a missing folder, a bad glossary, a folder of articles, bad usage", () => {
    const badGlossary = path.join(scratch, "bad.tbx");
    fs.writeFileSync(badGlossary, '<?xml version="1.0"?>\n<tbx>\n<text><body>\n</bdy></text></tbx>\n');
    const cases: [string[], RegExp][] = [
      [["check-terms", path.join(scratch, "no-such-folder"), "--glossary", glossaryCsv], /no-such-folder: no such file or folder/],
      [["check-terms", path.join(fixtures, "clean"), "--glossary", badGlossary], /bad\.tbx:4: not well-formed XML: /],
      [["check-terms", path.join(fixtures, "clean"), "--glossary", path.join(scratch, "none.csv")], /none\.csv: no such file or folder/],
      [["check-terms", fixtures, "--glossary", glossaryCsv], /holds several articles; check one article folder at a time/],
      [["check-terms", path.join(fixtures, "clean")], /^parallax check-terms: usage: parallax check-terms <article-folder> --glossary/],
      [["check-terms", path.join(fixtures, "clean"), "--glossary", glossaryCsv, "--bogus"], /Unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      const result = runCliProcess(args, env);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr.trim().split("\n"), result.stderr).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
