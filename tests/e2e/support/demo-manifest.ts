import fs from "node:fs";
import path from "node:path";
import type { ContentLanguage } from "@/core/languages";

/** What demo/manifest.json says about the demo articles (written by hand with the articles). */
export interface DemoArticle {
  slug: string;
  hongKongForms: boolean;
  paragraphCounts: Record<ContentLanguage, number>;
  expectedRows: Record<ContentLanguage, number[]>[];
  features: { kind: string; row: number; note: string; hans?: string; hant?: string }[];
}

export const demoArticles: DemoArticle[] = (
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "..", "..", "..", "demo", "manifest.json"), "utf8")) as {
    articles: DemoArticle[];
  }
).articles;
