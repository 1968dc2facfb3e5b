import { describe, expect, it } from "vitest";
import { revisionContinuityProblem, type VersionHeading } from "@/core/pipeline";

const stored: VersionHeading[] = [
  { language: "en", title: "Open Data and City Budgets" },
  { language: "zh-Hans", title: "开放数据与城市预算" },
  { language: "zh-Hant", title: "開放資料與城市預算" },
];

describe("revisionContinuityProblem", () => {
  it("accepts a first revision and a revision with the same languages and a corrected title", () => {
    expect(revisionContinuityProblem(null, stored)).toBeNull();
    const corrected = stored.map((v) => (v.language === "en" ? { ...v, title: "Open data and city  budgets" } : v));
    expect(revisionContinuityProblem(stored, corrected)).toBeNull();
    const oneRetitled = stored.map((v) => (v.language === "en" ? { ...v, title: "Budgets, opened" } : v));
    expect(revisionContinuityProblem(stored, oneRetitled)).toBeNull();
  });

  it("refuses a revision that drops a language, unless allowed", () => {
    const withoutHant = stored.filter((v) => v.language !== "zh-Hant");
    expect(revisionContinuityProblem(stored, withoutHant)).toBe(
      "this import lacks zh-Hant, which the latest revision has; pass --allow-dropped-languages to drop it",
    );
    expect(revisionContinuityProblem(stored, withoutHant, { allowDroppedLanguages: true })).toBeNull();
  });

  it("refuses a revision whose titles all changed (another article under the same slug), unless allowed", () => {
    const other: VersionHeading[] = [
      { language: "en", title: "Night Trains" },
      { language: "zh-Hans", title: "夜行列车" },
      { language: "zh-Hant", title: "夜行列車" },
    ];
    expect(revisionContinuityProblem(stored, other)).toMatch(/^every title differs from the latest revision's \("Open Data and City Budgets" → "Night Trains"\)/);
    expect(revisionContinuityProblem(stored, other, { allowNewTitles: true })).toBeNull();
  });

  it("adds a language freely, and does not count titles a version lacks", () => {
    const enOnly: VersionHeading[] = [{ language: "en", title: "Open Data and City Budgets" }];
    expect(revisionContinuityProblem(enOnly, stored)).toBeNull();
    expect(revisionContinuityProblem([{ language: "en", title: null }], [{ language: "en", title: "Anything" }])).toBeNull();
  });
});
