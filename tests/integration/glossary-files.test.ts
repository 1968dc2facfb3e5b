import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseGlossaryCsv, parseTbx, serializeTbx } from "@/core/glossary";
import { runCli } from "./support/cli";
import { engines, useMigratedDatabase } from "./support/databases";

const demoGlossary = path.resolve(import.meta.dirname, "..", "..", "demo", "glossary.csv");

for (const engine of engines) {
  describe.skipIf(!engine.available)(`parallax glossary with CSV and TBX files on ${engine.name}`, () => {
    const database = useMigratedDatabase(engine);
    const folder = mkdtempSync(path.join(os.tmpdir(), "parallax-glossary-files-"));
    const demoTerms = parseGlossaryCsv(readFileSync(demoGlossary, "utf8"), "demo/glossary.csv");

    it("loads a TBX glossary and exports it again as TBX and as CSV", async () => {
      const tbxIn = path.join(folder, "in.tbx");
      writeFileSync(tbxIn, serializeTbx(demoTerms));
      const loaded = await runCli(["glossary", tbxIn], database.env);
      expect([loaded.code, loaded.stdout]).toEqual([0, `Loaded 23 glossary terms from ${tbxIn}.`]);

      const csvOut = path.join(folder, "out.csv");
      const tbxOut = path.join(folder, "out.TBX");
      const csvExport = await runCli(["glossary", "--export", csvOut], database.env);
      const tbxExport = await runCli(["glossary", "--export", tbxOut], database.env);
      expect([csvExport.code, csvExport.stdout]).toEqual([0, `Wrote 23 glossary terms to ${csvOut}.`]);
      expect(tbxExport.code).toBe(0);
      expect(parseGlossaryCsv(readFileSync(csvOut, "utf8"), "out.csv")).toEqual(demoTerms);
      const fromTbx = parseTbx(readFileSync(tbxOut, "utf8"), "out.tbx");
      expect(fromTbx.map(({ source: _source, ...term }) => term)).toEqual(demoTerms);
      expect(readFileSync(csvOut, "utf8").split("\r\n")[1]).toBe(
        "software,软件,軟體,,軟件,,Taiwan prefers 軟體; 軟件 is the Hong Kong form,台湾通用“軟體”，“軟件”是香港的写法,台灣通用「軟體」，「軟件」是香港的寫法",
      );
    });

    it("refuses a malformed TBX file with its line, and leaves the glossary as it was", async () => {
      const broken = path.join(folder, "broken.tbx");
      writeFileSync(broken, serializeTbx(demoTerms.slice(0, 2)).replace("<term>软件</term>", "<term>软件</trem>"));
      const refused = await runCli(["glossary", broken], database.env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(new RegExp(`^parallax glossary: ${broken.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:23: not well-formed XML: `));
      const csvOut = path.join(folder, "after.csv");
      await runCli(["glossary", "--export", csvOut], database.env);
      expect(parseGlossaryCsv(readFileSync(csvOut, "utf8"), "after.csv")).toHaveLength(demoTerms.length);
    });

    it("refuses an export to a file whose extension names no glossary format, and usage mistakes", async () => {
      const wrong = await runCli(["glossary", "--export", path.join(folder, "out.txt")], database.env);
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toMatch(/out\.txt: the glossary is written as \.csv or \.tbx; name the file so$/);
      const both = await runCli(["glossary", demoGlossary, "--export", path.join(folder, "x.csv")], database.env);
      expect(both.stderr).toMatch(/^parallax glossary: usage: parallax glossary <file\.csv\|file\.tbx>/);
    });

    it("keeps the source a TBX concept names, and names the file for concepts without one", async () => {
      const tbxIn = path.join(folder, "sourced.tbx");
      const [software, databaseTerm] = demoTerms;
      writeFileSync(tbxIn, serializeTbx([{ ...software!, source: "Microsoft Terminology Collection" }, databaseTerm!]));
      expect((await runCli(["glossary", tbxIn], database.env)).code).toBe(0);
      const tbxOut = path.join(folder, "sourced-out.tbx");
      expect((await runCli(["glossary", "--export", tbxOut], database.env)).code).toBe(0);
      expect(parseTbx(readFileSync(tbxOut, "utf8"), "sourced-out.tbx").map((term) => term.source)).toEqual([
        "Microsoft Terminology Collection",
        tbxIn,
      ]);
    });
  });
}
