import { describe, expect, it } from "vitest";
import { isValidSlug, slugify } from "@/core/permalinks/slug";

describe("slugify", () => {
  it("keeps letters and digits and joins words with single hyphens", () => {
    expect(slugify("  Open Data: City Budgets 2025! ")).toBe("open-data-city-budgets-2025");
  });
  it("drops accents rather than the letters they sit on", () => {
    expect(slugify("Café Société")).toBe("cafe-societe");
  });
  it("returns an empty string for a title with no Latin letters or digits", () => {
    expect(slugify("人工智能治理")).toBe("");
  });
  it("produces only valid slugs", () => {
    for (const title of ["A -- B", "x".repeat(120), "Ünïcode—dash"]) expect(isValidSlug(slugify(title))).toBe(true);
  });
});
