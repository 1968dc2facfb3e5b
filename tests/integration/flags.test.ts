import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { StoredFlag } from "@/core/flag-reports";
import { parseGlossaryCsv } from "@/core/glossary";
import { openDatabase } from "@/db/client";
import { findTermConsistency } from "@/db/term-uses";
import { listFlags, reviewFlag } from "@/db/flags";
import { replaceGlossary } from "@/db/glossary";
import type { PrismaClient } from "@/generated/prisma/client";
import { flagsAsCsv, flagsAsJson, recomputeFlagsAfterGlossaryChange } from "@/services/flags";
import { saveRevision } from "@/db/revisions";
import { importArticles, readArticles } from "@/services/import";
import { runCli } from "./support/cli";
import { engines, useMigratedDatabase } from "./support/databases";

const glossaryCsv = [
  "en,zh-Hans,zh-Hant,zh-Hans-allowed,zh-Hant-allowed,forbidden,note",
  "software,软件,軟體,,軟件,,",
  "server,服务器,伺服器,,,服务员|服務員,",
  "database,数据库,資料庫,,數據庫,,",
].join("\n");

/**
 * Revision 1: row 1 uses every preferred rendering; row 2's Simplified says 服务员 (a waiter,
 * forbidden for "server"); row 3's Simplified leaves "database" untranslated (该库).
 * Revision 2 changes row 1's wording, keeps row 2 and fixes row 3.
 */
const revisionOne = {
  en: ["The city bought new software.", "The server failed twice.", "The database holds every record."],
  "zh-Hans": ["市政府购买了新软件。", "服务员两次出故障。", "该库保存了每一条记录。"],
  "zh-Hant": ["市政府購買了新軟體。", "伺服器兩次故障。", "資料庫保存了每一筆記錄。"],
};
const revisionTwo = {
  en: ["The city bought new software last year.", "The server failed twice.", "The database holds every record."],
  "zh-Hans": ["市政府去年购买了新软件。", "服务员两次出故障。", "该数据库保存了每一条记录。"],
  "zh-Hant": ["市政府去年購買了新軟體。", "伺服器兩次故障。", "資料庫保存了每一筆記錄。"],
};

function writeArticle(parent: string, texts: Record<"en" | "zh-Hans" | "zh-Hant", string[]>, name = "flag-test"): string {
  const folder = path.join(parent, name);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const titles = { en: "Flag test", "zh-Hans": "标记测试", "zh-Hant": "標記測試" };
  for (const [language, paragraphs] of Object.entries(texts) as [keyof typeof titles, string[]][]) {
    fs.writeFileSync(path.join(folder, `${language}.md`), `# ${titles[language]}\n\n${paragraphs.join("\n\n")}\n`);
  }
  return folder;
}

function revisionMissing(): never {
  throw new Error("the article was not read");
}

/** What a test compares of a flag: the fields a reader sees, without ids and times. */
function shown(flag: StoredFlag) {
  return {
    revision: flag.revision,
    anchor: flag.anchor,
    kind: flag.kind,
    language: flag.language,
    term: flag.term,
    expected: flag.expected,
    found: flag.found,
    status: flag.review.status,
    note: flag.review.note,
    reviewedBy: flag.review.reviewedBy,
  };
}

const forbiddenWaiter = { kind: "glossary-forbidden", language: "zh-Hans", term: "server", expected: "服务器", found: "服务员" } as const;
const missingDatabase = { kind: "glossary-missing", language: "zh-Hans", term: "database", expected: "数据库", found: null } as const;

for (const engine of engines) {
  describe.skipIf(!engine.available)(`stored flags and their review on ${engine.name}`, () => {
    const database = useMigratedDatabase(engine);
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-flags-"));

    async function withDb<T>(work: (prisma: PrismaClient) => Promise<T>): Promise<T> {
      const db = openDatabase(database.target);
      try {
        return await work(db.prisma);
      } finally {
        await db.close();
      }
    }

    async function importRevision(texts: typeof revisionOne, name = "flag-test") {
      const db = openDatabase(database.target);
      try {
        const result = await importArticles([writeArticle(scratch, texts, name)], { openDatabase: async () => db.prisma });
        expect(result.status).toBe("saved");
      } finally {
        await db.close();
      }
    }

    const latestFlags = (prisma: PrismaClient) => listFlags(prisma, { latestOf: { slug: "flag-test" } }).then((listed) => listed.flags);

    it("stores the flags and the term uses of a revision at import", async () => {
      await withDb((prisma) => replaceGlossary(prisma, parseGlossaryCsv(glossaryCsv, "test.csv"), "test.csv"));
      await importRevision(revisionOne);
      await withDb(async (prisma) => {
        const flags = (await latestFlags(prisma)).map(shown);
        expect(flags).toContainEqual({ revision: 1, anchor: 2, ...forbiddenWaiter, status: "open", note: null, reviewedBy: null });
        expect(flags).toContainEqual({ revision: 1, anchor: 3, ...missingDatabase, status: "open", note: null, reviewedBy: null });
        // Row 1 renders "software" as the glossary prefers, in both versions.
        expect(flags.filter((flag) => flag.anchor === 1 && flag.term === "software")).toEqual([]);

        const uses = await prisma.termUse.findMany({
          where: { row: { anchor: 1 } },
          select: { language: true, rendering: true, occurrence: true, count: true, term: { select: { english: true } } },
          orderBy: { language: "asc" },
        });
        expect(uses).toEqual([
          { language: "zh-Hans", rendering: "软件", occurrence: "preferred", count: 1, term: { english: ["software"] } },
          { language: "zh-Hant", rendering: "軟體", occurrence: "preferred", count: 1, term: { english: ["software"] } },
        ]);
      });
    });

    it("records a review with an audit entry, and refuses a review of a version already reviewed", async () => {
      await withDb(async (prisma) => {
        const flags = await latestFlags(prisma);
        const waiter = flags.find((flag) => flag.kind === "glossary-forbidden");
        const database = flags.find((flag) => flag.kind === "glossary-missing" && flag.term === "database");
        if (!waiter || !database) throw new Error("the flags of the first test are missing");
        const at = new Date("2026-12-01T10:00:00.000Z");

        const reviewed = await reviewFlag(prisma, waiter.id, { status: "dismissed", note: "typo in the source", expectedVersion: 1 }, "Mei", at);
        expect(reviewed.status).toBe("reviewed");
        const stale = await reviewFlag(prisma, waiter.id, { status: "accepted", note: null, expectedVersion: 1 }, "Ana", at);
        expect(stale).toMatchObject({
          status: "conflict",
          flag: { version: 2, review: { status: "dismissed", note: "typo in the source", reviewedBy: "Mei", reviewedAt: "2026-12-01T10:00:00.000Z" } },
        });
        expect(await reviewFlag(prisma, database.id, { status: "accepted", note: null, expectedVersion: 1 }, "Ana", at)).toMatchObject({ status: "reviewed" });
        expect(await reviewFlag(prisma, 999_999, { status: "accepted", note: null, expectedVersion: 1 }, "Ana", at)).toEqual({ status: "not-found" });

        const audit = await prisma.auditEntry.findMany({ where: { entity: "flag", entityId: waiter.id } });
        expect(audit).toHaveLength(1);
        expect(audit[0]).toMatchObject({
          editor: "Mei",
          action: "flag.review",
          before: { status: "open", note: null, reviewedBy: null, version: 1, kind: "glossary-forbidden", anchor: 2 },
          after: { status: "dismissed", note: "typo in the source", reviewedBy: "Mei", version: 2 },
        });
      });
    });

    it("carries a decision to the next revision where the same flag recurs, and not where it is gone", async () => {
      await importRevision(revisionTwo);
      await withDb(async (prisma) => {
        const flags = (await latestFlags(prisma)).map(shown);
        expect(flags).toContainEqual({ revision: 2, anchor: 2, ...forbiddenWaiter, status: "dismissed", note: "typo in the source", reviewedBy: "Mei" });
        expect(flags.filter((flag) => flag.term === "database")).toEqual([]);
        // Revision 1 keeps its flags and their decisions.
        const first = (await listFlags(prisma, { slug: "flag-test", revision: 1 })).flags.map(shown);
        expect(first).toContainEqual({ revision: 1, anchor: 3, ...missingDatabase, status: "accepted", note: null, reviewedBy: "Ana" });
      });
    });

    it("keeps decisions and ids when the glossary changes and the flags are computed again", async () => {
      await withDb(async (prisma) => {
        const before = (await latestFlags(prisma)).find((flag) => flag.kind === "glossary-forbidden");
        const withRecord = `${glossaryCsv}\nrecord,记录,紀錄,,,,`;
        await replaceGlossary(prisma, parseGlossaryCsv(withRecord, "test.csv"), "test.csv");
        await recomputeFlagsAfterGlossaryChange(prisma);
        const after = await latestFlags(prisma);
        const waiter = after.find((flag) => flag.kind === "glossary-forbidden");
        expect(waiter?.id).toBe(before?.id);
        expect(waiter?.version).toBe(before?.version);
        expect(waiter && shown(waiter)).toEqual({ revision: 2, anchor: 2, ...forbiddenWaiter, status: "dismissed", note: "typo in the source", reviewedBy: "Mei" });
        // The new term: the Traditional row 3 writes 記錄, not the glossary's 紀錄.
        expect(after.map(shown)).toContainEqual(
          expect.objectContaining({ kind: "glossary-missing", language: "zh-Hant", term: "record", expected: "紀錄", status: "open" }),
        );
        // The flag is linked to the term's new row (a glossary replacement gives every term a new id).
        const server = await prisma.term.findFirstOrThrow({ where: { hansPreferred: "服务器" } });
        const stored = await prisma.flag.findUniqueOrThrow({ where: { id: waiter?.id ?? 0 } });
        expect(stored.termId).toBe(server.id);
      });
    });

    it("computes the flags once when two glossary changes recompute them at the same moment", async () => {
      const first = openDatabase(database.target);
      const second = engine.name === "PGlite" ? first : openDatabase(database.target);
      try {
        const before = (await latestFlags(first.prisma)).map((flag) => [flag.id, flag.review.status]);
        await replaceGlossary(first.prisma, parseGlossaryCsv(`${glossaryCsv}\nrecord,记录,紀錄,,,,\ncity,城市,城市,,,,`, "test.csv"), "test.csv");
        await Promise.all([recomputeFlagsAfterGlossaryChange(first.prisma), recomputeFlagsAfterGlossaryChange(second.prisma)]);
        const after = await latestFlags(first.prisma);
        // 市政府 is not 城市: one new glossary-missing flag per Chinese version of row 1 (anchor 4 in revision 2), stored once each.
        expect(after.filter((flag) => flag.term === "city").map((flag) => [flag.kind, flag.language])).toEqual([
          ["glossary-missing", "zh-Hans"],
          ["glossary-missing", "zh-Hant"],
        ]);
        for (const [id, status] of before) expect(after.find((flag) => flag.id === id)?.review.status).toBe(status);
        await replaceGlossary(first.prisma, parseGlossaryCsv(`${glossaryCsv}\nrecord,记录,紀錄,,,,`, "test.csv"), "test.csv");
        await recomputeFlagsAfterGlossaryChange(first.prisma);
      } finally {
        await first.close();
        if (second !== first) await second.close();
      }
    });

    it("lets exactly one of two concurrent reviews of one version win", async () => {
      const flag = await withDb(async (prisma) => (await latestFlags(prisma)).find((candidate) => candidate.term === "record"));
      if (!flag) throw new Error("the record flag is missing");
      const first = openDatabase(database.target);
      const second = engine.name === "PGlite" ? first : openDatabase(database.target);
      try {
        const outcomes = await Promise.all([
          reviewFlag(first.prisma, flag.id, { status: "accepted", note: "first", expectedVersion: flag.version }, "Mei"),
          reviewFlag(second.prisma, flag.id, { status: "dismissed", note: "second", expectedVersion: flag.version }, "Ana"),
        ]);
        expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["conflict", "reviewed"]);
        const winner = outcomes.find((outcome) => outcome.status === "reviewed");
        const loser = outcomes.find((outcome) => outcome.status === "conflict");
        expect(winner && "flag" in winner ? winner.flag.review : null).toEqual(loser && "flag" in loser ? loser.flag.review : undefined);
        expect(await first.prisma.auditEntry.count({ where: { entity: "flag", entityId: flag.id } })).toBe(1);
      } finally {
        await first.close();
        if (second !== first) await second.close();
      }
    });

    it("exports the filtered flags as CSV and JSON, and counts renderings across the corpus", async () => {
      await withDb(async (prisma) => {
        const { flags } = await listFlags(prisma, { latestOf: "corpus" }, { kind: "glossary-forbidden", status: "dismissed" });
        const wording = { locale: "en", explain: (flag: StoredFlag) => `${flag.found} is forbidden for ${flag.term}` };
        const csv = flagsAsCsv(flags, wording).split("\r\n");
        expect(csv[0]).toBe("article,revision,row,kind,language,term,expected,found,explanation,status,note,reviewed_by,reviewed_at,link");
        expect(csv[1]).toBe(
          "flag-test,2,2,glossary-forbidden,zh-Hans,server,服务器,服务员,服务员 is forbidden for server,dismissed,typo in the source,Mei,2026-12-01T10:00:00.000Z,/en/articles/flag-test/r/2#p-2",
        );
        expect(csv.slice(2)).toEqual([""]);
        const json = JSON.parse(flagsAsJson(flags, wording)) as { flags: Record<string, unknown>[] };
        expect(json.flags).toHaveLength(1);
        expect(json.flags[0]).toMatchObject({
          slug: "flag-test",
          anchor: 2,
          kind: "glossary-forbidden",
          explanation: "服务员 is forbidden for server",
          link: "/en/articles/flag-test/r/2#p-2",
          review: { status: "dismissed", note: "typo in the source", reviewedBy: "Mei" },
        });

        // One rendering of each term in each version so far: nothing is inconsistent.
        expect(await findTermConsistency(prisma)).toEqual([]);
      });
    });

    it("stores nothing of a new revision when storing its flags fails", async () => {
      const { articles } = await readArticles([writeArticle(scratch, { ...revisionTwo, en: ["Changed.", ...revisionTwo.en.slice(1)] })]);
      const prepared = articles[0]?.prepared;
      if (!prepared) throw new Error("the article was not read");
      await withDb(async (prisma) => {
        const before = await prisma.revision.count();
        const failing = saveRevision(prisma, "flag-test", prepared, {
          afterCreate: async () => {
            throw new Error("the flags could not be stored");
          },
        });
        await expect(failing).rejects.toThrow("the flags could not be stored");
        expect(await prisma.revision.count()).toBe(before);
        expect(await prisma.row.count({ where: { revision: { number: 3, article: { slug: "flag-test" } } } })).toBe(0);
      });
    });

    it("counts each rendering of a term across the latest revisions of the corpus where it has several", async () => {
      await importRevision(
        {
          en: ["Hong Kong offices run the same software.", "The software is updated monthly."],
          "zh-Hans": ["香港办事处使用同样的软件。", "这个软件每月更新。"],
          "zh-Hant": ["香港辦事處使用同樣的軟件。", "這個軟件每月更新。"],
        },
        "second-article",
      );
      await withDb(async (prisma) => {
        const table = await findTermConsistency(prisma);
        // flag-test (revision 2) writes 軟體 once; second-article writes 軟件 twice. Revision 1's 軟體 does not count.
        expect(table).toEqual([
          {
            termId: expect.any(Number),
            term: "software",
            language: "zh-Hant",
            renderings: [
              { rendering: "軟件", occurrence: "allowed", count: 2, articles: 1 },
              { rendering: "軟體", occurrence: "preferred", count: 1, articles: 1 },
            ],
          },
        ]);
        expect(await findTermConsistency(prisma, "zh-Hans")).toEqual([]);
      });
    });

    it("computes the flags again when `parallax glossary` replaces the glossary from a file", async () => {
      const withoutServer = path.join(scratch, "without-server.csv");
      fs.writeFileSync(withoutServer, glossaryCsv.split("\n").filter((line) => !line.startsWith("server,")).join("\n"));
      const result = await runCli(["glossary", withoutServer], database.env);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      await withDb(async (prisma) => {
        const flags = await latestFlags(prisma);
        expect(flags.filter((flag) => flag.term === "server")).toEqual([]);
        expect(flags.filter((flag) => flag.term === "record")).toEqual([]);
      });
    });

    it("checks an article stored before flags were when its unchanged content is imported again", async () => {
      const folder = writeArticle(scratch, revisionOne, "stored-before-flags");
      const { articles } = await readArticles([folder]);
      await withDb(async (prisma) => {
        await replaceGlossary(prisma, parseGlossaryCsv(glossaryCsv, "test.csv"), "test.csv");
        await saveRevision(prisma, "stored-before-flags", articles[0]?.prepared ?? revisionMissing());
        expect(await prisma.flag.count({ where: { revision: { article: { slug: "stored-before-flags" } } } })).toBe(0);
      });
      await importRevision(revisionOne, "stored-before-flags");
      await withDb(async (prisma) => {
        expect(await prisma.revision.count({ where: { article: { slug: "stored-before-flags" } } })).toBe(1);
        const flags = (await listFlags(prisma, { latestOf: { slug: "stored-before-flags" } })).flags.map(shown);
        expect(flags).toContainEqual({ revision: 1, anchor: 3, ...missingDatabase, status: "open", note: null, reviewedBy: null });
      });
    });
  });
}
