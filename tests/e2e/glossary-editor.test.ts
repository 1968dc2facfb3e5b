import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openBrowser, screenshotPath, useBrowser } from "./support/chromium";
import { E2E_EDITOR_SECRET, signInOverHttp } from "./support/editor";

const baseUrl = inject("baseUrl");

/** A concept of the tests' own, in no demo article, so the demo glossary the other tests read stays as it is. */
const tessellation = {
  english: "tessellation|tiling",
  hansPreferred: "镶嵌图案",
  hantPreferred: "鑲嵌圖案",
  hantAllowed: "密鋪",
  note: "A pattern of shapes that covers a plane",
  noteZhHans: "用图形铺满平面的图案",
  noteZhHant: "用圖形鋪滿平面的圖案",
};

interface StoredTerm {
  id: number;
  version: number;
  note: string | null;
}

let other: { cookie: string; csrfToken: string };
let termId = 0;

/** Another editor saving over HTTP, as a second browser would. */
async function saveAsOtherEditor(changes: Record<string, string>): Promise<StoredTerm> {
  const current = await termVersion();
  const response = await fetch(`${baseUrl}/api/glossary/terms/${termId}`, {
    method: "PUT",
    headers: { "content-type": "application/json", cookie: other.cookie, "x-csrf-token": other.csrfToken },
    body: JSON.stringify({ ...tessellation, ...changes, version: current }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { term: StoredTerm }).term;
}

/** The term's version as the glossary page shows it to a reader. */
async function termVersion(): Promise<number> {
  const html = await (await fetch(`${baseUrl}/en/glossary?q=tessellation`)).text();
  const version = /version (\d+)/.exec(html)?.[1];
  if (!version) throw new Error("the test term is not on the glossary page");
  return Number(version);
}

async function signInThroughForm(page: Page, name: string): Promise<void> {
  await page.goto(`${baseUrl}/en/sign-in?next=${encodeURIComponent("/en/glossary?q=tessellation")}`);
  await page.fill('input[name="name"]', name);
  await page.fill('input[name="secret"]', E2E_EDITOR_SECRET);
  await page.click('button[type="submit"]');
  await page.waitForURL(/\/en\/glossary\?q=tessellation$/);
}

beforeAll(async () => {
  other = await signInOverHttp(baseUrl, "Chen Wei");
  const created = await fetch(`${baseUrl}/api/glossary/terms`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: other.cookie, "x-csrf-token": other.csrfToken },
    body: JSON.stringify(tessellation),
  });
  expect(created.status).toBe(201);
  termId = ((await created.json()) as { term: StoredTerm }).term.id;
});

afterAll(async () => {
  const version = await termVersion().catch(() => null);
  if (version === null) return;
  await fetch(`${baseUrl}/api/glossary/terms/${termId}?version=${version}`, {
    method: "DELETE",
    headers: { cookie: other.cookie, "x-csrf-token": other.csrfToken },
  });
});

describe("the glossary for readers", () => {
  it("lists the concepts with their renderings and notes, searches in either script, and offers no editing", async () => {
    const reader = await openBrowser();
    try {
      const page = await reader.newPage();
      await page.goto(`${baseUrl}/zh-Hant/glossary`);
      expect(await page.locator("h1").innerText()).toBe("術語表");
      const software = page.locator(".term-card", { has: page.locator("h2", { hasText: /^software$/ }) });
      expect(await software.locator('strong[lang="zh-Hans"]').innerText()).toBe("软件");
      expect(await software.locator('strong[lang="zh-Hant"]').innerText()).toBe("軟體");
      expect(await software.locator(".term-note").innerText()).toContain("台灣通用「軟體」");
      expect(await page.locator(".term-actions").count()).toBe(0);
      expect(await page.locator(".glossary-sign-in a").getAttribute("href")).toBe("/zh-Hant/sign-in?next=%2Fzh-Hant%2Fglossary");

      // 软体 is 軟體 written in Simplified characters.
      await page.fill("#glossary-query", "软体");
      await Promise.all([page.waitForURL(/q=/), page.press("#glossary-query", "Enter")]);
      expect(await page.locator(".term-card h2").allInnerTexts()).toEqual(["software"]);
      await page.goto(`${baseUrl}/en/glossary?q=Tiling`);
      expect(await page.locator(".term-card h2").allInnerTexts()).toEqual(["tessellation · tiling"]);
      await page.goto(`${baseUrl}/en/glossary?q=no-such-term-anywhere`);
      expect(await page.locator(".glossary-empty").innerText()).toBe("No term matches “no-such-term-anywhere”.");
    } finally {
      await reader.close();
    }
  });
});

describe("glossary files over HTTP", () => {
  it("downloads the glossary as CSV and as TBX", async () => {
    const csv = await fetch(`${baseUrl}/api/glossary/export?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="glossary.csv"');
    const csvText = await csv.text();
    expect(csvText.split(/\r?\n/)[0]).toBe("en,zh-Hans,zh-Hant,zh-Hans-allowed,zh-Hant-allowed,forbidden,note,note-zh-Hans,note-zh-Hant");
    expect(csvText).toContain("software,软件,軟體,,軟件,");
    const tbx = await fetch(`${baseUrl}/api/glossary/export?format=tbx`);
    expect(tbx.status).toBe(200);
    const tbxText = await tbx.text();
    expect(tbxText).toContain("<tbx");
    expect(tbxText).toContain("鑲嵌圖案");
    expect((await fetch(`${baseUrl}/api/glossary/export?format=xlsx`)).status).toBe(400);
  });

  it("refuses an upload with a bad line, naming it, and leaves the glossary as it was", async () => {
    const before = await (await fetch(`${baseUrl}/api/glossary/export?format=csv`)).text();
    const form = new FormData();
    form.append("file", new Blob(["en,zh-Hans,zh-Hant,zh-Hans-allowed,zh-Hant-allowed,forbidden,note\ncloud,云,雲,,,,\nbroken,,壞,,,,\n"]), "terms.csv");
    const response = await fetch(`${baseUrl}/api/glossary/import`, {
      method: "POST",
      headers: { cookie: other.cookie, "x-csrf-token": other.csrfToken },
      body: form,
    });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: string }).error).toBe("terms.csv:3: the zh-Hans column is empty");
    expect(await (await fetch(`${baseUrl}/api/glossary/export?format=csv`)).text()).toBe(before);
  });
});

describe("the glossary editor", () => {
  const browser = useBrowser();

  it("refuses a wrong secret, then signs in and shows the editor's name in the header", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/sign-in`);
    await page.fill('input[name="name"]', "Mei Lin");
    await page.fill('input[name="secret"]', "not the secret");
    await page.click('button[type="submit"]');
    expect(await page.locator(".form-error").innerText()).toBe("That is not the editors’ secret.");
    await page.screenshot({ path: screenshotPath("sign-in-wrong-secret-en") });

    await signInThroughForm(page, "Mei Lin");
    await page.locator(".editor-name").waitFor();
    expect(await page.locator(".editor-name").innerText()).toBe("Editing as Mei Lin");
    await page.close();
  });

  it("saves an edit: the card shows the new note and version, and the history names the editor and the field", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/glossary?q=tessellation`);
    const card = page.locator(`#term-${termId}`);
    const before = await termVersion();
    await card.locator(".term-actions button").first().click();
    await card.locator('textarea[name="note"]').fill("A pattern of shapes covering a plane without gaps");
    await card.locator('button[type="submit"]').click();
    await card.locator(".term-note", { hasText: "without gaps" }).waitFor();
    expect(await card.locator(".term-version").innerText()).toBe(`version ${before + 1}`);
    await card.locator(".term-history summary").click();
    expect(await card.locator(".term-history li").first().innerText()).toMatch(/changed by Mei Lin: Note in English$/);
    await card.screenshot({ path: screenshotPath("glossary-term-history-en") });
    await page.close();
  });

  it("tells the editor that someone else saved a newer version, keeps the draft, and saves it over theirs when asked", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/glossary?q=tessellation`);
    const card = page.locator(`#term-${termId}`);
    await card.locator(".term-actions button").first().click();
    await card.locator('textarea[name="note"]').fill("My wording of the note");
    await card.locator('input[name="hantAllowed"]').fill("密鋪 | 鑲嵌");

    const theirs = await saveAsOtherEditor({ note: "Their wording of the note" });
    await card.locator('button[type="submit"]').click();

    const conflict = card.locator(".conflict");
    await conflict.waitFor();
    expect(await conflict.locator(".conflict-title").innerText()).toBe("Someone else saved a newer version");
    expect(await conflict.innerText()).toContain(`Chen Wei saved version ${theirs.version} of this term while you were editing it.`);
    expect(await conflict.locator(".conflict-field", { hasText: "Note in English" }).locator("dd").innerText()).toBe("Their wording of the note");
    expect(await card.locator('textarea[name="note"]').inputValue()).toBe("My wording of the note");
    expect(await card.locator('input[name="hantAllowed"]').inputValue()).toBe("密鋪 | 鑲嵌");
    await page.screenshot({ path: screenshotPath("glossary-conflict-en"), fullPage: true });

    await conflict.locator("button").first().click();
    await card.locator(".term-note", { hasText: "My wording of the note" }).waitFor();
    expect(await card.locator(".term-version").innerText()).toBe(`version ${theirs.version + 1}`);
    // The preferred rendering, then the two acceptable ones.
    expect(await card.locator('.rendering[lang="zh-Hant"]').allInnerTexts()).toEqual(["鑲嵌圖案", "密鋪", "鑲嵌"]);
    await page.close();
  });

  it("adds a term through the form (a missing rendering is marked first), then deletes it", async () => {
    const page = await browser().newPage();
    page.on("dialog", (dialog) => void dialog.accept());
    await page.goto(`${baseUrl}/zh-Hans/glossary`);
    await page.locator(".glossary-editor-tools .term-actions button").click();
    const form = page.locator(".glossary-editor-tools .term-form");
    await form.locator('input[name="english"]').fill("quasicrystal");
    await form.locator('input[name="hansPreferred"]').fill("准晶体");
    await form.locator('button[type="submit"]').click();
    // The browser's own check stops an empty required field first; clear `required` to reach the server's.
    await form.locator('input[name="hantPreferred"]').evaluate((input) => input.removeAttribute("required"));
    await form.locator('button[type="submit"]').click();
    await form.locator(".field-problem").waitFor();
    expect(await form.locator(".term-field-hantPreferred .field-problem").innerText()).toBe("必填。");
    expect(await form.locator('input[name="english"]').inputValue()).toBe("quasicrystal");

    await form.locator('input[name="hantPreferred"]').fill("準晶體");
    await form.locator('button[type="submit"]').click();
    await form.waitFor({ state: "detached" });
    await page.goto(`${baseUrl}/zh-Hans/glossary?q=quasicrystal`);
    const card = page.locator(".term-card");
    expect(await card.locator('strong[lang="zh-Hant"]').innerText()).toBe("準晶體");
    await card.locator(".term-history summary").click();
    expect(await card.locator(".term-history li").innerText()).toMatch(/由 Mei Lin 添加$/);

    await card.locator(".term-actions button.danger").click();
    await page.locator(".glossary-empty").waitFor();
    expect(await page.locator(".glossary-empty").innerText()).toBe("没有符合“quasicrystal”的术语。");
    await page.close();
  });

  it("refuses an uploaded glossary with a bad line, saying which, and changes nothing", async () => {
    const page = await browser().newPage();
    const before = await (await fetch(`${baseUrl}/api/glossary/export?format=csv`)).text();
    await page.goto(`${baseUrl}/en/glossary`);
    await page.locator(".glossary-import summary").click();
    await page.locator('.glossary-import input[type="file"]').setInputFiles({
      name: "terms.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("en,zh-Hans,zh-Hant,zh-Hans-allowed,zh-Hant-allowed,forbidden,note\ncloud,云,雲,,,,\nbroken,,壞,,,,\n"),
    });
    await page.locator('.glossary-import button[type="submit"]').click();
    await page.locator(".glossary-import .form-error").waitFor();
    expect(await page.locator(".glossary-import .form-error").innerText()).toBe("Nothing was changed: terms.csv:3: the zh-Hans column is empty");
    await page.screenshot({ path: screenshotPath("glossary-import-refused-en") });
    expect(await (await fetch(`${baseUrl}/api/glossary/export?format=csv`)).text()).toBe(before);
    await page.close();
  });

  it("shows the glossary editor in each UI language, and on a phone", async () => {
    for (const [locale, heading] of [["en", "Glossary"], ["zh-Hans", "术语表"], ["zh-Hant", "術語表"]] as const) {
      const page = await browser().newPage();
      await page.goto(`${baseUrl}/${locale}/glossary`);
      expect(await page.locator("h1").innerText()).toBe(heading);
      await page.locator(".term-card .term-actions button").first().click();
      await page.locator(".term-form").waitFor();
      await page.screenshot({ path: screenshotPath(`glossary-editor-${locale}`), fullPage: false });
      await page.close();
    }
    const phone = await browser().newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${baseUrl}/zh-Hant/glossary?q=tessellation`);
    await phone.locator(`#term-${termId} .term-actions button`).first().click();
    await phone.locator(".term-form").waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "the page scrolls sideways on a phone").toBeLessThanOrEqual(0);
    await phone.screenshot({ path: screenshotPath("glossary-editor-zh-Hant-phone"), fullPage: true });
    await phone.close();
  });

  it("signs out from the header", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/glossary`);
    await page.locator(".editor-status button").click();
    await page.locator(".editor-status a").waitFor();
    expect(await page.locator(".editor-status a").innerText()).toBe("Sign in to edit");
    expect(await page.locator(".term-actions").count()).toBe(0);
    await page.close();
  });
});
