import { describe, expect, it } from "vitest";
import { InputError } from "@/core/errors";
import { IMPORT_LIMITS } from "@/core/import-limits";
import { extractHtmlArticle } from "@/ingest/html";
import { htmlNestingDepth } from "@/ingest/html-depth";

const nested = (depth: number): string =>
  `<html><body>${"<div>".repeat(depth)}<p>${"A paragraph long enough to count as a body. ".repeat(4)}</p>${"</div>".repeat(depth)}</body></html>`;

describe("htmlNestingDepth", () => {
  it("counts from the document: document, html, body, the divs, p, its text", () => {
    expect(htmlNestingDepth(nested(3))).toBe(3 + 4);
  });

  it("measures 20,000 nested divs without recursion", () => {
    expect(htmlNestingDepth(nested(20_000))).toBe(20_004);
  });

  it("looks inside <template> content, which jsdom also walks", () => {
    expect(htmlNestingDepth(`<template>${"<div>".repeat(50)}</template>`)).toBeGreaterThan(50);
  });
});

describe("extractHtmlArticle refuses pages nested beyond the documented limit (issue 11)", () => {
  it("refuses 20,000 nested divs with one line naming the limit, not a stack overflow", () => {
    expect(() => extractHtmlArticle(nested(20_000), "deep.html")).toThrow(
      new InputError("deep.html", `HTML elements nest 20004 deep; the limit is ${IMPORT_LIMITS.maxHtmlDepth} (README, "Limits")`),
    );
  });

  it("reads a page nested 40 deep, as real pages are", () => {
    expect(extractHtmlArticle(nested(40), "ok.html").paragraphs).toHaveLength(1);
  });
});
