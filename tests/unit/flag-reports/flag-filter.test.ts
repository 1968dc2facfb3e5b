import { describe, expect, it } from "vitest";
import { flagFilterQuery, parseFlagFilter } from "@/core/flag-reports";

const from = (query: string) => {
  const parameters = new URLSearchParams(query);
  return parseFlagFilter((name) => parameters.get(name));
};

describe("the flag filter of a report's query string", () => {
  it("reads a kind, a content language and a status", () => {
    expect(from("kind=number-mismatch&language=zh-Hant&status=dismissed")).toEqual({
      filter: { kind: "number-mismatch", language: "zh-Hant", status: "dismissed" },
      invalid: [],
    });
  });

  it("treats an absent or empty value as every value (the form's All)", () => {
    expect(from("")).toEqual({ filter: {}, invalid: [] });
    expect(from("kind=&language=&status=")).toEqual({ filter: {}, invalid: [] });
  });

  it("leaves out and names values that are not among the choices", () => {
    expect(from("kind=number_mismatch&language=zh-TW&status=open")).toEqual({ filter: { status: "open" }, invalid: ["kind", "language"] });
    expect(from("status=Accepted")).toEqual({ filter: {}, invalid: ["status"] });
  });

  it("writes a filter back as a query string in a fixed order, or nothing when it filters nothing", () => {
    expect(flagFilterQuery({ status: "open", kind: "sc-tc-mismatch" })).toBe("?kind=sc-tc-mismatch&status=open");
    expect(flagFilterQuery({ language: "en" })).toBe("?language=en");
    expect(flagFilterQuery({})).toBe("");
  });
});
