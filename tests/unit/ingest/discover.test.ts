import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { InputError } from "@/core/errors";
import { discoverArticles, languageOfFileName } from "@/ingest/discover";
import { FIXTURES } from "./fixtures";

const LIBRARY = join(FIXTURES, "library");

let root = "";
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "parallax-discover-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Creates files (with placeholder content) under the temporary root. */
async function makeFiles(...paths: string[]): Promise<void> {
  for (const path of paths) {
    await mkdir(join(root, path, ".."), { recursive: true });
    await writeFile(join(root, path), "text\n");
  }
}

async function rejection(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe("languageOfFileName", () => {
  it.each([
    ["en.html", "en"],
    ["zh-Hans.md", "zh-Hans"],
    ["ZH-HANT.TXT", "zh-Hant"],
    ["zh-hans.htm", "zh-Hans"],
    ["fr.txt", null],
    ["notes.txt", null],
    ["en.pdf", null],
    ["en.backup.html", null],
    ["zh-CN.txt", "zh-Hans"],
    ["zh-sg.md", "zh-Hans"],
    ["zh-TW.html", "zh-Hant"],
    ["ZH-HK.txt", "zh-Hant"],
    ["zh-MO.md", "zh-Hant"],
    ["zh-US.md", null],
  ])("%s → %s", (name, language) => {
    expect(languageOfFileName(name)).toBe(language);
  });
});

describe("discoverArticles", () => {
  it("reads one article folder, slug from the folder name", async () => {
    const articles = await discoverArticles([join(LIBRARY, "night-trains")]);
    expect(articles).toEqual([
      {
        slug: "night-trains",
        files: {
          en: join(LIBRARY, "night-trains", "en.html"),
          "zh-Hans": join(LIBRARY, "night-trains", "zh-Hans.html"),
          "zh-Hant": join(LIBRARY, "night-trains", "zh-Hant.html"),
        },
        notes: [],
      },
    ]);
  });

  it("reads a parent folder as many articles sorted by name, tags case-insensitive", async () => {
    const articles = await discoverArticles([LIBRARY]);
    expect(articles.map((article) => article.slug)).toEqual(["night-trains", "tea-roads"]);
    expect(articles[1]?.files["zh-Hant"]).toBe(join(LIBRARY, "tea-roads", "ZH-HANT.md"));
  });

  it("reads explicit files named by their language", async () => {
    await makeFiles("a/en.html", "b/zh-Hans.txt");
    const articles = await discoverArticles([join(root, "a/en.html"), join(root, "b/zh-Hans.txt")]);
    expect(articles).toEqual([{ slug: "", files: { en: join(root, "a/en.html"), "zh-Hans": join(root, "b/zh-Hans.txt") }, notes: [] }]);
  });

  it("reads lang=path arguments; files named one by one leave the slug to the caller", async () => {
    await makeFiles("open-budgets/article-tw.html", "open-budgets/article-cn.md");
    const articles = await discoverArticles([
      `zh-Hant=${join(root, "open-budgets/article-tw.html")}`,
      `ZH-HANS=${join(root, "open-budgets/article-cn.md")}`,
    ]);
    expect(articles).toEqual([
      {
        slug: "",
        files: { "zh-Hant": join(root, "open-budgets/article-tw.html"), "zh-Hans": join(root, "open-budgets/article-cn.md") },
        notes: [],
      },
    ]);
  });

  it("resolves relative paths against options.cwd", async () => {
    await makeFiles("river-data/en.md");
    const articles = await discoverArticles(["river-data"], { cwd: root });
    expect(articles).toEqual([{ slug: "river-data", files: { en: join(root, "river-data/en.md") }, notes: [] }]);
  });

  it("returns an empty slug for a folder named in Chinese, for the caller to derive from the English title", async () => {
    await makeFiles("夜行列车/en.md", "夜行列车/zh-Hans.md");
    const [article] = await discoverArticles([join(root, "夜行列车")]);
    expect(article?.slug).toBe("");
  });

  it("ignores hidden files and subfolders of an article folder", async () => {
    await makeFiles("article/en.md", "article/.DS_Store", "article/images/photo.jpg", "article/.git/config");
    const articles = await discoverArticles([join(root, "article")]);
    expect(articles).toEqual([{ slug: "article", files: { en: join(root, "article/en.md") }, notes: [] }]);
  });

  it("reads regional aliases as the script their region writes, saying so", async () => {
    await makeFiles("article/en.md", "article/zh-CN.txt", "article/zh-TW.html");
    const [article] = await discoverArticles([join(root, "article")]);
    expect(article?.files).toEqual({
      en: join(root, "article/en.md"),
      "zh-Hans": join(root, "article/zh-CN.txt"),
      "zh-Hant": join(root, "article/zh-TW.html"),
    });
    expect(article?.notes).toEqual(["zh-CN.txt: zh-CN read as zh-Hans", "zh-TW.html: zh-TW read as zh-Hant"]);
  });

  it("reads zh-HK=path on the command line as zh-Hant", async () => {
    await makeFiles("hk-page.html");
    const [article] = await discoverArticles([`zh-HK=${join(root, "hk-page.html")}`]);
    expect(article?.files).toEqual({ "zh-Hant": join(root, "hk-page.html") });
    expect(article?.notes).toEqual(["zh-HK: zh-HK read as zh-Hant"]);
  });

  it("ignores files that are not language files (a README, images) with a note", async () => {
    await makeFiles("article/en.md", "article/README.md", "article/cover.jpg", "article/notes.txt");
    const [article] = await discoverArticles([join(root, "article")]);
    expect(article?.files).toEqual({ en: join(root, "article/en.md") });
    expect(article?.notes).toEqual([`${join(root, "article")}: ignored README.md, cover.jpg, notes.txt (not language files)`]);
  });

  it("refuses zh-CN and zh-Hans files for one article", async () => {
    await makeFiles("article/zh-CN.txt", "article/zh-Hans.md");
    const error = await rejection(discoverArticles([join(root, "article")]));
    expect(error.message).toMatch(/^two files for zh-Hans: /);
  });

  it("follows a symbolic link to a file inside the article folder", async () => {
    await makeFiles("article/en.md", "article/versions/tw.txt");
    await symlink(join(root, "article/versions/tw.txt"), join(root, "article/zh-Hant.txt"));
    const [article] = await discoverArticles([join(root, "article")]);
    expect(article?.files["zh-Hant"]).toBe(join(root, "article/zh-Hant.txt"));
  });

  it("refuses a language file that is a symbolic link leaving the article folder", async () => {
    await makeFiles("article/en.md", "outside/secret.txt");
    await symlink(join(root, "outside/secret.txt"), join(root, "article/zh-Hans.txt"));
    const error = await rejection(discoverArticles([join(root, "article")]));
    expect(error.where).toBe(join(root, "article/zh-Hans.txt"));
    expect(error.message).toMatch(/^a symbolic link to .*secret\.txt, outside the folder .*; refused$/);
  });

  it("refuses a symbolic link to /etc/passwd given as an explicit file", async () => {
    await symlink("/etc/passwd", join(root, "zh-Hans.txt"));
    const error = await rejection(discoverArticles([join(root, "zh-Hans.txt")]));
    expect(error.message).toMatch(/symbolic link to \/etc\/passwd, outside the folder/);
  });

  it("refuses a self-looping symbolic link with a sentence, not ELOOP", async () => {
    await makeFiles("article/en.md");
    await symlink("zh-Hans.txt", join(root, "article/zh-Hans.txt"));
    const error = await rejection(discoverArticles([join(root, "article")]));
    expect(error.describe()).toBe(`${join(root, "article/zh-Hans.txt")}: a symbolic link that loops (it points back at itself)`);
  });

  it("refuses a FIFO named as a language file without opening it", async () => {
    await makeFiles("article/en.md");
    execFileSync("mkfifo", [join(root, "article/zh-Hant.txt")]);
    const error = await rejection(discoverArticles([join(root, "article")]));
    expect(error.describe()).toBe(`${join(root, "article/zh-Hant.txt")}: a FIFO (named pipe), not a regular file; refused`);
  });

  it("refuses a device given as lang=path", async () => {
    const error = await rejection(discoverArticles(["en=/dev/zero"]));
    expect(error.describe()).toBe("/dev/zero: a character device, not a regular file or folder; refused");
  });

  it("refuses a subfolder link that leaves a parent folder", async () => {
    await makeFiles("library/one/en.md", "elsewhere/two/en.md");
    await symlink(join(root, "elsewhere/two"), join(root, "library/two"));
    const error = await rejection(discoverArticles([join(root, "library")]));
    expect(error.where).toBe(join(root, "library/two"));
    expect(error.message).toMatch(/outside the folder/);
  });

  it("rejects a path that does not exist", async () => {
    const error = await rejection(discoverArticles([join(root, "missing")]));
    expect(error.describe()).toBe(`${join(root, "missing")}: no such file or folder`);
  });

  it("rejects a folder with no language files", async () => {
    await makeFiles("empty/.DS_Store", "drafts/notes.txt");
    const empty = await rejection(discoverArticles([join(root, "empty")]));
    expect(empty.message).toBe(`no language files (en.*, zh-Hans.*, zh-Hant.*) in ${join(root, "empty")}`);
    const drafts = await rejection(discoverArticles([join(root, "drafts")]));
    expect(drafts.where).toBe(join(root, "drafts"));
  });

  it("rejects a file in an article folder whose name is not a language, naming the file", async () => {
    await makeFiles("article/en.md", "article/fr.txt");
    const error = await rejection(discoverArticles([join(root, "article")]));
    expect(error.describe()).toBe(`${join(root, "article/fr.txt")}: unknown language file name; expected en.*, zh-Hans.* or zh-Hant.* (or zh-CN, zh-TW, zh-HK, zh-SG, zh-MO)`);
  });

  it("rejects notes.txt given as an explicit file", async () => {
    await makeFiles("notes.txt");
    const error = await rejection(discoverArticles([join(root, "notes.txt")]));
    expect(error.where).toBe(join(root, "notes.txt"));
    expect(error.message).toMatch(/unknown language file name/);
  });

  it("rejects a language file with an unsupported extension", async () => {
    await makeFiles("article/en.md", "article/zh-Hans.docx");
    const error = await rejection(discoverArticles([join(root, "article")]));
    expect(error.describe()).toBe(`${join(root, "article/zh-Hans.docx")}: unsupported file type; expected .html, .htm, .md, .txt`);
  });

  it("rejects two files for one language in one folder", async () => {
    await makeFiles("article/en.html", "article/EN.md");
    const error = await rejection(discoverArticles([join(root, "article")]));
    expect(error.message).toMatch(/^two files for en: /);
  });

  it("rejects two explicit files for one language", async () => {
    await makeFiles("a/en.md", "b/en.md");
    const error = await rejection(discoverArticles([join(root, "a/en.md"), `en=${join(root, "b/en.md")}`]));
    expect(error.where).toBe(join(root, "b/en.md"));
  });

  it("rejects an unknown language tag in lang=path", async () => {
    await makeFiles("article-fr.html");
    const error = await rejection(discoverArticles([`fr=${join(root, "article-fr.html")}`]));
    expect(error.message).toBe('unknown language "fr"; expected en, zh-Hans or zh-Hant (or zh-CN, zh-TW, zh-HK, zh-SG, zh-MO)');
  });

  it("rejects a parent folder with a subfolder that is not an article", async () => {
    await makeFiles("library/one/en.md", "library/two/readme.txt");
    const error = await rejection(discoverArticles([join(root, "library")]));
    expect(error.where).toBe(join(root, "library/two"));
    expect(error.message).toMatch(/^no language files/);
  });

  it("rejects folders and files mixed in one call, and an empty argument list", async () => {
    await makeFiles("article/en.md", "zh-Hans.md");
    await rejection(discoverArticles([join(root, "article"), join(root, "zh-Hans.md")]));
    await rejection(discoverArticles([]));
  });
});
