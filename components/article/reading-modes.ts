import type { ContentLanguage } from "@/core/languages";

/**
 * The reading modes of the article page (a "view" is always one of these, never stored
 * data). The choice lives in the URL (`?view=…`) and is remembered for the reader; the page
 * is the same HTML for every mode, laid out by CSS, which this module writes for the
 * components' class names.
 *
 * - `three`: English, Simplified and Traditional side by side;
 * - `a,b`: two columns, `a` on the left (any two languages, either order);
 * - `interleaved-zh-Hans` / `interleaved-zh-Hant`: 中英对照, each English paragraph
 *   followed by its Chinese counterpart.
 */
export const READING_VIEWS = [
  "three",
  "en,zh-Hans",
  "en,zh-Hant",
  "zh-Hans,zh-Hant",
  "zh-Hans,en",
  "zh-Hant,en",
  "zh-Hant,zh-Hans",
  "interleaved-zh-Hans",
  "interleaved-zh-Hant",
] as const;
export type ReadingView = (typeof READING_VIEWS)[number];
export const DEFAULT_VIEW: ReadingView = "three";

export interface ViewLayout {
  layout: "columns" | "interleaved";
  /** The languages shown, in display order. */
  languages: ContentLanguage[];
}

export function isReadingView(value: string | null | undefined): value is ReadingView {
  return (READING_VIEWS as readonly string[]).includes(value ?? "");
}

export function layoutOf(view: ReadingView): ViewLayout {
  if (view === "three") return { layout: "columns", languages: ["en", "zh-Hans", "zh-Hant"] };
  if (view.startsWith("interleaved-")) {
    return { layout: "interleaved", languages: ["en", view.slice("interleaved-".length) as ContentLanguage] };
  }
  return { layout: "columns", languages: view.split(",") as ContentLanguage[] };
}

/**
 * Whether a mode shows both Chinese columns. Simplified↔Traditional differences (their
 * highlights, legend and list) explain the two columns side by side, so only these modes show them.
 */
export function showsBothChinese(view: ReadingView): boolean {
  const { languages } = layoutOf(view);
  return languages.includes("zh-Hans") && languages.includes("zh-Hant");
}

/**
 * The stylesheet that lays out every view, keyed on `html[data-view]`: hidden languages,
 * column order and count, the single stacked column of the interleaved views, and no
 * Simplified↔Traditional differences where only one Chinese column shows.
 * Generated from READING_VIEWS so the list of modes is written once.
 */
export function readingViewStylesheet(): string {
  const all: ContentLanguage[] = ["en", "zh-Hans", "zh-Hant"];
  return READING_VIEWS.filter((view) => view !== DEFAULT_VIEW)
    .map((view) => {
      const { layout, languages } = layoutOf(view);
      const scope = `html[data-view="${view}"]`;
      const hidden = all.filter((language) => !languages.includes(language));
      const rules = hidden.map((language) => `${scope} .aligned [data-lang="${language}"]{display:none}`);
      languages.forEach((language, index) => rules.push(`${scope} .aligned [data-lang="${language}"]{order:${index + 1}}`));
      if (!showsBothChinese(view)) rules.push(hideScriptDifferences(scope));
      rules.push(
        layout === "columns"
          ? `${scope} .aligned{--view-columns:${languages.length}}`
          : `${scope} .aligned{--view-columns:1}${scope} .aligned-head{display:none}${scope} .aligned-row .cell-language{display:block}`,
      );
      return rules.join("");
    })
    .join("\n");
}

/**
 * With one Chinese column on screen nothing shows the other side of a difference: its
 * legend, list and counts go, and its highlights become plain text (glossary terms stay).
 */
function hideScriptDifferences(scope: string): string {
  return (
    `${scope} .legend,${scope} .difference-list,${scope} .difference-none{display:none}` +
    `${scope} mark.diff{text-decoration:none;background:none;outline:none;box-shadow:none}` +
    `${scope} mark.diff-gap::after{content:none}`
  );
}
