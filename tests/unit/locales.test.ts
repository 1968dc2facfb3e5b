import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NAMESPACES, UI_LOCALES } from "@/i18n/settings";

const localesDir = path.resolve(import.meta.dirname, "..", "..", "locales");

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function load(locale: string, namespace: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(localesDir, locale, `${namespace}.json`), "utf8"));
}

describe("UI strings", () => {
  it("exist for every locale and namespace, and no others", () => {
    expect(fs.readdirSync(localesDir).sort()).toEqual([...UI_LOCALES].sort());
    for (const locale of UI_LOCALES) {
      expect(fs.readdirSync(path.join(localesDir, locale)).sort()).toEqual(NAMESPACES.map((ns) => `${ns}.json`).sort());
    }
  });

  for (const namespace of NAMESPACES) {
    it(`have the same keys in all three locales (${namespace})`, () => {
      const reference = keysOf(load("en", namespace)).sort();
      for (const locale of UI_LOCALES) expect(keysOf(load(locale, namespace)).sort()).toEqual(reference);
    });

    it(`are translated: no empty string, and the Chinese files are not English copies (${namespace})`, () => {
      const english = load("en", namespace);
      for (const locale of UI_LOCALES) {
        const strings = keysOf(load(locale, namespace)).map((key) => [key, valueAt(load(locale, namespace), key)] as const);
        for (const [key, value] of strings) {
          expect(typeof value === "string" && value.trim() !== "", `${locale} ${namespace}:${key}`).toBe(true);
          if (locale !== "en" && !/^\{\{\w+\}\}$/.test(String(value))) {
            expect(value, `${locale} ${namespace}:${key} is untranslated`).not.toBe(valueAt(english, key));
          }
        }
      }
    });
  }
});

function valueAt(tree: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}
