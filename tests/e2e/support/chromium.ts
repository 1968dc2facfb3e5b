import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

/** Debian's Chromium (playwright's own browser download cannot run here). */
export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!fs.existsSync(candidate)) {
    throw new Error(
      `No Chromium at ${candidate}. Install Debian's browser and a CJK font: ` +
        `apt-get install -y chromium fonts-wqy-microhei (or set CHROMIUM_PATH).`,
    );
  }
  return candidate;
}

export const screenshotDir = path.resolve(import.meta.dirname, "..", "..", "..", "test-results", "screenshots");

/** A fresh headless browser profile; close it when done. `javaScriptEnabled: false` shows the page as a browser without scripts does. */
export async function openBrowser(
  options: { locale?: string; width?: number; height?: number; javaScriptEnabled?: boolean } = {},
): Promise<BrowserContext> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  return chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), "parallax-chromium-")), {
    executablePath: chromiumPath(),
    headless: true,
    locale: options.locale ?? "en-US",
    viewport: { width: options.width ?? 1400, height: options.height ?? 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export function screenshotPath(name: string): string {
  return path.join(screenshotDir, `${name}.png`);
}

/**
 * One browser for the enclosing `describe`, opened before its tests and closed after them.
 * Call it inside the describe and use the returned getter in the tests.
 */
export function useBrowser(): () => BrowserContext {
  let browser: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the browser is not open yet");
    return browser;
  };
}
