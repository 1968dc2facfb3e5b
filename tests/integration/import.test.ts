import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findArticleView, listArticlePage } from "@/db/articles";
import { Prisma } from "@/generated/prisma/client";
import { openDatabase } from "@/db/client";
import { demoArticles, runCli } from "./support/cli";
import { engines, useMigratedDatabase } from "./support/databases";

/** A scratch folder with article files we write in the test itself. */
function articleFolder(name: string, files: Record<string, string | Uint8Array>): string {
  const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "parallax-article-")), name);
  fs.mkdirSync(folder, { recursive: true });
  for (const [file, content] of Object.entries(files)) fs.writeFileSync(path.join(folder, file), content);
  return folder;
}

const englishParagraphs = [
  "The council published its first open budget in 2025, a spreadsheet of 12,000 lines.",
  "Residents downloaded it 40,000 times in the first month, far more than officials expected.",
  "Next year the council plans to publish spending every quarter rather than once a year.",
];
const hansParagraphs = [
  "市议会于2025年首次公开预算，这是一份一万二千行的电子表格。",
  "第一个月，市民下载了四万次，远远超出官员的预期。",
  "明年，市议会计划每季度而不是每年公布一次支出。",
];
const hantParagraphs = [
  "市議會於2025年首次公開預算，這是一份一萬二千行的試算表。",
  "第一個月，市民下載了四萬次，遠遠超出官員的預期。",
  "明年，市議會計畫每季而不是每年公布一次支出。",
];
const markdown = (title: string, paragraphs: string[]) => `# ${title}\n\nDate: 2026-02-01\n\n${paragraphs.join("\n\n")}\n`;

for (const engine of engines) {
  describe.skipIf(!engine.available)(`parallax import on ${engine.name}`, () => {
    const database = useMigratedDatabase(engine);

    async function snapshot() {
      const db = openDatabase(database.target);
      try {
        const counts = await Promise.all([
          db.prisma.article.count(),
          db.prisma.revision.count(),
          db.prisma.version.count(),
          db.prisma.row.count(),
          db.prisma.paragraph.count(),
        ]);
        return { counts, articles: (await listArticlePage(db.prisma, 0, 100)).articles };
      } finally {
        await db.close();
      }
    }

    async function article(slug: string, revision?: number) {
      const db = openDatabase(database.target);
      try {
        return await findArticleView(db.prisma, slug, revision);
      } finally {
        await db.close();
      }
    }

    it("imports a folder of three Markdown files and stores every paragraph in exactly one row", async () => {
      const folder = articleFolder("council-budget", {
        "en.md": markdown("Open budget", englishParagraphs),
        "zh-Hans.md": markdown("公开预算", hansParagraphs),
        "zh-Hant.md": markdown("公開預算", hantParagraphs),
      });
      const result = await runCli(["import", folder], database.env);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("council-budget: revision 1 created, 3 rows");

      const view = await article("council-budget");
      expect(view?.revision).toBe(1);
      expect(view?.publishedAt).toBe("2026-02-01");
      expect(view?.versions.map((v) => [v.language, v.title])).toEqual([
        ["en", "Open budget"],
        ["zh-Hans", "公开预算"],
        ["zh-Hant", "公開預算"],
      ]);
      expect(view?.rows.map((row) => row.anchor)).toEqual([1, 2, 3]);
      expect(view?.rows.map((row) => row.paragraphs.en.map((p) => p.text))).toEqual(englishParagraphs.map((p) => [p]));
      expect(view?.rows.map((row) => row.paragraphs["zh-Hant"].map((p) => p.text))).toEqual(hantParagraphs.map((p) => [p]));
    });

    it("stores which sentences of each row translate each other, reads rows stored without them, and fills them in on re-import", async () => {
      const folder = articleFolder("sentence-links", {
        "en.md": markdown("Sentences", ["The library opened in May. It lends tools as well as books."]),
        "zh-Hans.md": markdown("句子", ["图书馆于五月开放。它除了借书，也借工具。"]),
        "zh-Hant.md": markdown("句子", ["圖書館於五月開放。它除了借書，也借工具。"]),
      });
      const result = await runCli(["import", folder], database.env);
      expect(result.code).toBe(0);
      const links = (await article("sentence-links"))?.rows[0]?.sentenceLinks;
      expect(links?.sentences).toEqual({
        en: [{ position: 0, spans: [[0, 26], [27, 59]] }],
        "zh-Hans": [{ position: 0, spans: [[0, 9], [9, 20]] }],
        "zh-Hant": [{ position: 0, spans: [[0, 9], [9, 20]] }],
      });
      expect(links?.groups.map((group) => group.members)).toEqual([
        { en: [[0, 0]], "zh-Hans": [[0, 0]], "zh-Hant": [[0, 0]] },
        { en: [[0, 1]], "zh-Hans": [[0, 1]], "zh-Hant": [[0, 1]] },
      ]);

      // Rows stored before sentences were linked hold null, and still load.
      const db = openDatabase(database.target);
      try {
        await db.prisma.row.updateMany({ where: { revision: { article: { slug: "sentence-links" } } }, data: { sentenceLinks: Prisma.DbNull } });
      } finally {
        await db.close();
      }
      const old = await article("sentence-links");
      expect(old?.rows.map((row) => [row.paragraphs.en.length, row.sentenceLinks])).toEqual([[1, null]]);

      // Importing the same content again adds no revision but gives those rows their links.
      const again = await runCli(["import", folder], database.env);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain("sentence-links: unchanged (revision 1; sentence links added to 1 row), 1 rows");
      const filled = await article("sentence-links");
      expect(filled?.revision).toBe(1);
      expect(filled?.rows[0]?.sentenceLinks).toEqual(links);
    });

    it("treats a re-import of identical content as a no-op", async () => {
      const before = await snapshot();
      const folder = articleFolder("council-budget", {
        "en.md": markdown("Open budget", englishParagraphs),
        "zh-Hans.md": markdown("公开预算", hansParagraphs),
        "zh-Hant.md": markdown("公開預算", hantParagraphs),
      });
      const result = await runCli(["import", folder], database.env);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("council-budget: unchanged (revision 1)");
      expect(await snapshot()).toEqual(before);
    });

    it("stores changed content as the next revision and keeps the anchors of surviving rows", async () => {
      const inserted = "A new paragraph says the first quarterly report will appear in April.";
      const folder = articleFolder("council-budget", {
        "en.md": markdown("Open budget", [englishParagraphs[0] ?? "", inserted, ...englishParagraphs.slice(1)]),
        "zh-Hans.md": markdown("公开预算", [hansParagraphs[0] ?? "", "新增的一段说，第一份季度报告将于四月发布。", ...hansParagraphs.slice(1)]),
        "zh-Hant.md": markdown("公開預算", [hantParagraphs[0] ?? "", "新增的一段說，第一份季度報告將於四月發布。", ...hantParagraphs.slice(1)]),
      });
      const result = await runCli(["import", folder], database.env);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("council-budget: revision 2 created");

      const latest = await article("council-budget");
      expect(latest?.revision).toBe(2);
      const anchorOf = (text: string) => latest?.rows.find((row) => row.paragraphs.en.some((p) => p.text === text))?.anchor;
      expect(anchorOf(englishParagraphs[0] ?? "")).toBe(1);
      expect(anchorOf(englishParagraphs[1] ?? "")).toBe(2);
      expect(anchorOf(englishParagraphs[2] ?? "")).toBe(3);
      expect(anchorOf(inserted)).toBe(4);
      // The pinned first revision is untouched.
      expect((await article("council-budget", 1))?.rows).toHaveLength(3);
    });

    it("imports an article that lacks one language", async () => {
      const folder = articleFolder("english-and-simplified", {
        "en.md": markdown("Two versions", englishParagraphs),
        "zh-Hans.md": markdown("两个版本", hansParagraphs),
      });
      const result = await runCli(["import", folder], database.env);
      expect(result.code).toBe(0);
      const view = await article("english-and-simplified");
      expect(view?.versions.map((v) => v.language)).toEqual(["en", "zh-Hans"]);
      expect(view?.rows.every((row) => row.paragraphs["zh-Hant"].length === 0)).toBe(true);
    });

    it("imports the demo library, a parent folder of article folders, with a line per article", async () => {
      const result = await runCli(["import", demoArticles], database.env);
      expect(result.code).toBe(0);
      const slugs = fs.readdirSync(demoArticles).sort();
      slugs.forEach((slug, index) => expect(result.stdout).toContain(`[${index + 1}/${slugs.length}] ${slug}: revision 1 created`));
      expect(result.stdout).toMatch(/Done: 4 new revisions, 0 unchanged/);
    });

    it("rolls back a whole batch when one article in it has a bad file", async () => {
      const before = await snapshot();
      const parent = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-batch-"));
      fs.cpSync(path.join(demoArticles, "open-data-city-budgets"), path.join(parent, "a-good-one"), { recursive: true });
      fs.mkdirSync(path.join(parent, "b-bad-one"));
      fs.writeFileSync(path.join(parent, "b-bad-one", "en.md"), markdown("Fine", englishParagraphs));
      fs.writeFileSync(path.join(parent, "b-bad-one", "zh-Hans.txt"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
      const result = await runCli(["import", parent], database.env);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(path.join(parent, "b-bad-one", "zh-Hans.txt"));
      expect(result.stderr).toContain("nothing was imported");
      expect(await snapshot()).toEqual(before);
    });
  });
}
