import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "@/core/errors";
import { DuplicateTermError, serializeTbx, TermConflictError, TermNotFoundError, type StoredTerm } from "@/core/glossary";
import { listAuditEntries } from "@/db/audit";
import { openDatabase, type OpenDatabase } from "@/db/client";
import { recordEditorSignIn } from "@/db/editors";
import { listStoredTerms } from "@/db/glossary";
import { createGlossaryTerm, deleteGlossaryTerm, TermDraftError, updateGlossaryTerm } from "@/services/glossary/edit-terms";
import { replaceGlossaryFromUpload } from "@/services/glossary/replace-from-upload";
import { runCli } from "./support/cli";
import { engines, useMigratedDatabase } from "./support/databases";

const software = { english: "software", hansPreferred: "软件", hantPreferred: "軟體", hantAllowed: "軟件", note: "Taiwan prefers 軟體" };
const HEADER = "en,zh-Hans,zh-Hant,zh-Hans-allowed,zh-Hant-allowed,forbidden,note\n";
const csv = (text: string) => ({ bytes: new TextEncoder().encode(text), fileName: "upload.csv" });

async function thrown(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the write to fail");
}

for (const engine of engines) {
  describe.skipIf(!engine.available)(`editing the glossary on ${engine.name}`, () => {
    const database = useMigratedDatabase(engine);
    const withDatabase = async (use: (db: OpenDatabase) => Promise<void>) => {
      const db = openDatabase(database.target);
      try {
        await use(db);
      } finally {
        await db.close();
      }
    };

    it("creates, updates and deletes a term, each with an audit entry holding before and after", async () => {
      await withDatabase(async ({ prisma }) => {
        const created = await createGlossaryTerm(prisma, software, "Mei Lin");
        expect(created).toMatchObject({ version: 1, english: ["software"], hansPreferred: "软件", hantAllowed: ["軟件"], note: "Taiwan prefers 軟體" });

        const updated = await updateGlossaryTerm(prisma, created.id, 1, { ...software, note: "Taiwan: 軟體; Hong Kong: 軟件" }, "Chen Wei");
        expect(updated).toMatchObject({ id: created.id, version: 2, note: "Taiwan: 軟體; Hong Kong: 軟件" });

        const deleted = await deleteGlossaryTerm(prisma, created.id, 2, "Mei Lin");
        expect(deleted.version).toBe(2);
        expect(await listStoredTerms(prisma)).toEqual([]);

        const history = await listAuditEntries(prisma, "term", created.id);
        expect(history.map((entry) => [entry.action, entry.editor])).toEqual([
          ["term.delete", "Mei Lin"],
          ["term.update", "Chen Wei"],
          ["term.create", "Mei Lin"],
        ]);
        const [deletion, update, creation] = history;
        expect(creation?.before).toBeNull();
        expect(creation?.after).toMatchObject({ id: created.id, version: 1, note: "Taiwan prefers 軟體" });
        expect(update?.before).toMatchObject({ version: 1, note: "Taiwan prefers 軟體" });
        expect(update?.after).toMatchObject({ version: 2, note: "Taiwan: 軟體; Hong Kong: 軟件" });
        expect(deletion?.before).toMatchObject({ version: 2, hantPreferred: "軟體" });
        expect(deletion?.after).toBeNull();
      });
    });

    it("refuses a stale version with the newer term, and changes nothing", async () => {
      await withDatabase(async ({ prisma }) => {
        const term = await createGlossaryTerm(prisma, { ...software, english: "program" , hansPreferred: "程序", hantPreferred: "程式" }, "Mei Lin");
        await updateGlossaryTerm(prisma, term.id, 1, { english: "program", hansPreferred: "程序", hantPreferred: "程式", note: "first edit" }, "Chen Wei");

        const staleUpdate = await thrown(updateGlossaryTerm(prisma, term.id, 1, { english: "program", hansPreferred: "程序", hantPreferred: "程式", note: "late edit" }, "Mei Lin"));
        expect(staleUpdate).toBeInstanceOf(TermConflictError);
        expect((staleUpdate as TermConflictError).current).toMatchObject({ id: term.id, version: 2, note: "first edit" });

        const staleDelete = await thrown(deleteGlossaryTerm(prisma, term.id, 1, "Mei Lin"));
        expect(staleDelete).toBeInstanceOf(TermConflictError);
        expect((await listStoredTerms(prisma)).find((stored) => stored.id === term.id)).toMatchObject({ version: 2, note: "first edit" });
        expect((await listAuditEntries(prisma, "term", term.id)).map((entry) => entry.action)).toEqual(["term.update", "term.create"]);

        expect(await thrown(updateGlossaryTerm(prisma, 999_999, 1, software, "Mei Lin"))).toBeInstanceOf(TermNotFoundError);
      });
    });

    it("of two editors saving the same version at once, exactly one wins and the other is shown the winner's term", async () => {
      await withDatabase(async ({ prisma }) => {
        const term = await createGlossaryTerm(prisma, { english: "database", hansPreferred: "数据库", hantPreferred: "資料庫" }, "setup");
        for (let round = 0; round < 5; round++) {
          const seen = round + 1;
          const results = await Promise.allSettled([
            updateGlossaryTerm(prisma, term.id, seen, { english: "database", hansPreferred: "数据库", hantPreferred: "資料庫", note: `A${round}` }, "Editor A"),
            updateGlossaryTerm(prisma, term.id, seen, { english: "database", hansPreferred: "数据库", hantPreferred: "資料庫", note: `B${round}` }, "Editor B"),
          ]);
          const won = results.filter((result): result is PromiseFulfilledResult<StoredTerm> => result.status === "fulfilled");
          const lost = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
          expect(won).toHaveLength(1);
          expect(lost).toHaveLength(1);
          const winner = won[0]?.value;
          expect(winner?.version).toBe(seen + 1);
          expect(lost[0]?.reason).toBeInstanceOf(TermConflictError);
          expect((lost[0]?.reason as TermConflictError).current).toMatchObject({ version: seen + 1, note: winner?.note });
        }
        const history = await listAuditEntries(prisma, "term", term.id);
        expect(history.filter((entry) => entry.action === "term.update")).toHaveLength(5);
      });
    });

    it("refuses a second term with the same preferred pair, and an invalid draft, writing nothing", async () => {
      await withDatabase(async ({ prisma }) => {
        const before = await listStoredTerms(prisma);
        await createGlossaryTerm(prisma, { english: "server", hansPreferred: "服务器", hantPreferred: "伺服器" }, "Mei Lin");
        const duplicate = await thrown(createGlossaryTerm(prisma, { english: "host", hansPreferred: "服务器", hantPreferred: "伺服器" }, "Mei Lin"));
        expect(duplicate).toBeInstanceOf(DuplicateTermError);
        expect((duplicate as Error).message).toBe("duplicate term: zh-Hans 服务器 / zh-Hant 伺服器 is already in the glossary");
        const invalid = await thrown(createGlossaryTerm(prisma, { english: "", hansPreferred: "主机", hantPreferred: "主機" }, "Mei Lin"));
        expect(invalid).toBeInstanceOf(TermDraftError);
        expect(await listStoredTerms(prisma)).toHaveLength(before.length + 1);
      });
    });

    it("replaces the glossary from an upload with a glossary.replace audit entry; a bad file or an empty one leaves everything as it was", async () => {
      await withDatabase(async ({ prisma }) => {
        const count = await replaceGlossaryFromUpload(prisma, csv(`${HEADER}software,软件,軟體,,軟件,,\nnetwork,网络,網路,,,,\n`), "Mei Lin", { allowEmpty: false });
        expect(count).toBe(2);
        const loaded = await listStoredTerms(prisma);
        expect(loaded.map((term) => term.english[0])).toEqual(["software", "network"]);
        const replaced = await prisma.auditEntry.findFirstOrThrow({ where: { action: "glossary.replace" }, orderBy: { id: "desc" } });
        expect(replaced.editor).toBe("Mei Lin");
        expect((replaced.after as { terms: { hantPreferred: string }[] }).terms.map((term) => term.hantPreferred)).toEqual(["軟體", "網路"]);
        expect((replaced.before as { terms: unknown[] }).terms.length).toBeGreaterThan(0);
        const auditCount = await prisma.auditEntry.count();

        const bad = await thrown(replaceGlossaryFromUpload(prisma, csv(`${HEADER}cloud,云,雲,,,,\nmissing,,缺,,,,\n`), "Mei Lin", { allowEmpty: false }));
        expect(bad).toBeInstanceOf(InputError);
        expect((bad as InputError).describe()).toBe("upload.csv:3: the zh-Hans column is empty");
        const empty = await thrown(replaceGlossaryFromUpload(prisma, csv(HEADER), "Mei Lin", { allowEmpty: false }));
        expect((empty as InputError).describe()).toContain("would delete all 2 terms");
        const duplicate = await thrown(replaceGlossaryFromUpload(prisma, csv(`${HEADER}a,甲,甲,,,,\nb,甲,甲,,,,\n`), "Mei Lin", { allowEmpty: false }));
        expect((duplicate as InputError).describe()).toBe("upload.csv:3: duplicate term: zh-Hans 甲 / zh-Hant 甲 is already on line 2");

        expect(await listStoredTerms(prisma)).toEqual(loaded);
        expect(await prisma.auditEntry.count()).toBe(auditCount);
      });
    });

    it("records an editor on the first sign-in and stamps the later ones", async () => {
      await withDatabase(async ({ prisma }) => {
        await recordEditorSignIn(prisma, "陳美玲");
        const first = await prisma.editor.findUniqueOrThrow({ where: { name: "陳美玲" } });
        await new Promise((resolve) => setTimeout(resolve, 20));
        await recordEditorSignIn(prisma, "陳美玲");
        const again = await prisma.editor.findUniqueOrThrow({ where: { name: "陳美玲" } });
        expect(again.id).toBe(first.id);
        expect(again.createdAt).toEqual(first.createdAt);
        expect(again.lastSignedInAt.getTime()).toBeGreaterThan(first.lastSignedInAt.getTime());
        expect(await prisma.editor.count({ where: { name: "陳美玲" } })).toBe(1);
      });
    });
  });
}

for (const engine of engines) {
  describe.skipIf(!engine.available)(`replacing the glossary from a TBX upload on ${engine.name}`, () => {
    const database = useMigratedDatabase(engine);

    it("reads a TBX file by its name and loads its concepts", async () => {
      const tbx = serializeTbx([
        { english: ["container"], hansPreferred: "集装箱", hantPreferred: "貨櫃", hansAllowed: [], hantAllowed: ["貨箱"], hansForbidden: ["容器"], hantForbidden: ["容器"], note: "Freight", noteZhHans: null, noteZhHant: null },
      ]);
      const db = openDatabase(database.target);
      try {
        expect(await replaceGlossaryFromUpload(db.prisma, { bytes: new TextEncoder().encode(tbx), fileName: "terms.tbx" }, "Mei Lin", { allowEmpty: false })).toBe(1);
        expect(await listStoredTerms(db.prisma)).toMatchObject([{ english: ["container"], hantPreferred: "貨櫃", hantAllowed: ["貨箱"], hansForbidden: ["容器"], hantForbidden: ["容器"], note: "Freight", version: 1 }]);
      } finally {
        await db.close();
      }
    });
  });
}

for (const engine of engines) {
  describe.skipIf(!engine.available)(`parallax glossary on ${engine.name}`, () => {
    const database = useMigratedDatabase(engine);

    it("records the replacement in the audit log under the command line and the operating-system user", async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-glossary-cli-"));
      const file = path.join(dir, "terms.csv");
      fs.writeFileSync(file, `${HEADER}network,网络,網路,,,,\n`);
      try {
        const result = await runCli(["glossary", file], database.env);
        expect(result.stderr).toBe("");
        expect(result.code).toBe(0);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
      const db = openDatabase(database.target);
      try {
        const entries = await db.prisma.auditEntry.findMany({ where: { action: "glossary.replace" } });
        expect(entries.map((entry) => entry.editor)).toEqual([`command line (${os.userInfo().username})`]);
        expect(entries[0]?.after).toMatchObject({ source: file, terms: [{ english: ["network"], hantPreferred: "網路" }] });
      } finally {
        await db.close();
      }
    });
  });
}

for (const engine of engines) {
  describe.skipIf(!engine.available)(`replacing a glossary that has terms on ${engine.name}`, () => {
    const database = useMigratedDatabase(engine);

    it("keeps the id of every concept the file still has, raises the version only of those it changes, and removes the rest", async () => {
      const db = openDatabase(database.target);
      try {
        await replaceGlossaryFromUpload(db.prisma, csv(`${HEADER}software,软件,軟體,,軟件,,\nnetwork,网络,網路,,,,\nserver,服务器,伺服器,,,,\n`), "Mei Lin", { allowEmpty: false });
        const [software, network, server] = await listStoredTerms(db.prisma);
        await replaceGlossaryFromUpload(db.prisma, csv(`${HEADER}network,网络,網路,,,,Taiwan 網路\nsoftware,软件,軟體,,軟件,,\ndatabase,数据库,資料庫,,,,\n`), "Mei Lin", { allowEmpty: false });
        const after = await listStoredTerms(db.prisma);
        expect(after.map((term) => [term.id, term.english[0], term.version, term.note])).toEqual([
          [software?.id, "software", 1, null],
          [network?.id, "network", 2, "Taiwan 網路"],
          [expect.any(Number), "database", 1, null],
        ]);
        expect(after.some((term) => term.id === server?.id)).toBe(false);

        // An editor who loaded network at version 1 is told, not overwritten.
        const stale = await thrown(updateGlossaryTerm(db.prisma, network?.id ?? 0, 1, { english: "network", hansPreferred: "网络", hantPreferred: "網路", note: "mine" }, "Chen Wei"));
        expect((stale as TermConflictError).current).toMatchObject({ version: 2, note: "Taiwan 網路" });
      } finally {
        await db.close();
      }
    });
  });
}
