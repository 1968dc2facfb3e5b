import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot, runCliProcess } from "./support/cli";

/**
 * `bin/parallax.mjs` as a user runs it: the compiled CLI (no notice about running from the
 * TypeScript sources), and errors as one line unless --verbose asks for the stack.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-cli-process-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
const english = path.join(scratch, "en.txt");
const chinese = path.join(scratch, "zh-Hans.txt");
fs.writeFileSync(english, "In the beginning God created the heavens and the earth.\nThe earth was formless and empty.\n");
fs.writeFileSync(chinese, "起初，神创造天地。\n地是空虚混沌。\n");
const env = { ...process.env, DATABASE_URL: "", PGLITE_DIR: path.join(scratch, "pglite") };

describe("bin/parallax.mjs", () => {
  it("runs the compiled CLI", () => {
    const result = runCliProcess(["align", english, chinese, "--from", "en", "--to", "zh-Hans", "--json"], env);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ groups: [{ source: [0], target: [0] }, { source: [1], target: [1] }] });
    const state = JSON.parse(fs.readFileSync(path.join(projectRoot, ".build", "cli.json"), "utf8")) as { folder: string; inputs: string[] };
    expect(fs.existsSync(path.join(projectRoot, ".build", state.folder, "main.js"))).toBe(true);
    expect(state.inputs).toContain("cli/main.ts");
  });

  it("prints an unexpected error in one line, and its stack (in the TypeScript sources) with --verbose", () => {
    // A database folder under a regular file: the file system refuses, in a way no command foresees.
    const blocker = path.join(scratch, "a-file");
    fs.writeFileSync(blocker, "");
    const blockedEnv = { ...env, PGLITE_DIR: path.join(blocker, "pglite") };
    const plain = runCliProcess(["db", "status"], blockedEnv);
    expect(plain.code).toBe(1);
    expect(plain.stderr.trim().split("\n")).toHaveLength(1);
    expect(plain.stderr).toMatch(/^parallax db: .*\(run again with --verbose for details\)\n$/);

    const verbose = runCliProcess(["db", "status", "--verbose"], blockedEnv);
    expect(verbose.code).toBe(1);
    expect(verbose.stderr).toMatch(/\n\s+at .*\.ts:\d+:\d+/);
  });
});
