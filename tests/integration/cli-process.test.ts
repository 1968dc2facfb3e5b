import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
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

describe("the compiled CLI's build (bin/compiled-cli.mjs)", () => {
  /** A project of one command module, to build without touching this one's .build/. */
  function tinyProject(): string {
    const root = fs.mkdtempSync(path.join(scratch, "project-"));
    fs.mkdirSync(path.join(root, "cli"));
    fs.writeFileSync(path.join(root, "tsconfig.json"), "{}\n");
    fs.writeFileSync(path.join(root, "cli", "main.ts"), 'export async function main(): Promise<number> {\n  return 7;\n}\n');
    // Saved a minute ago: a file saved within the second a build starts counts as newer than it.
    const earlier = new Date(Date.now() - 60_000);
    for (const file of ["tsconfig.json", "cli/main.ts"]) fs.utimesSync(path.join(root, file), earlier, earlier);
    return root;
  }
  const load = async () => (await import(pathToFileURL(path.join(projectRoot, "bin", "compiled-cli.mjs")).href)) as {
    compiledCliEntry(root: string): Promise<string>;
  };

  it("is built when missing, reused while fresh, and rebuilt when a source is newer", async () => {
    const { compiledCliEntry } = await load();
    const root = tinyProject();
    const first = await compiledCliEntry(root);
    expect((await import(first)) as { main(): Promise<number> }).toMatchObject({ main: expect.any(Function) });
    expect(await compiledCliEntry(root)).toBe(first);
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(root, "cli", "main.ts"), later, later);
    const second = await compiledCliEntry(root);
    expect(second).not.toBe(first);
    expect(await ((await import(second)) as { main(): Promise<number> }).main()).toBe(7);
  });

  it("says why when no build can be made (bin/parallax.mjs then runs the sources through tsx)", async () => {
    const { compiledCliEntry } = await load();
    const root = tinyProject();
    fs.writeFileSync(path.join(root, ".build"), "a file where the build folder goes");
    await expect(compiledCliEntry(root)).rejects.toThrow(/EEXIST|ENOTDIR/);
    const broken = tinyProject();
    fs.writeFileSync(path.join(broken, "cli", "main.ts"), "export const = ;\n");
    await expect(compiledCliEntry(broken)).rejects.toThrow(/main\.ts|Expected/);
  });
});
