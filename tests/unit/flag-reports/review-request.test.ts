import { describe, expect, it } from "vitest";
import { parseReviewRequest } from "@/core/flag-reports";

describe("a review request's body", () => {
  it("reads a decision, trims its note and keeps the version the reviewer saw", () => {
    expect(parseReviewRequest({ status: "dismissed", note: "  a regional synonym \n", expectedVersion: 3 })).toEqual({
      request: { status: "dismissed", note: "a regional synonym", expectedVersion: 3 },
    });
  });

  it("reads a missing or blank note as none", () => {
    expect(parseReviewRequest({ status: "accepted", expectedVersion: 1 })).toEqual({ request: { status: "accepted", note: null, expectedVersion: 1 } });
    expect(parseReviewRequest({ status: "open", note: "   ", expectedVersion: 2 })).toEqual({ request: { status: "open", note: null, expectedVersion: 2 } });
  });

  it("says in one line what is wrong with a malformed body", () => {
    expect(parseReviewRequest(null)).toEqual({ error: "the body must be a JSON object" });
    expect(parseReviewRequest([])).toEqual({ error: "the body must be a JSON object" });
    expect(parseReviewRequest({ status: "resolved", expectedVersion: 1 })).toEqual({ error: 'status must be "open", "accepted" or "dismissed"' });
    expect(parseReviewRequest({ status: "accepted" })).toEqual({ error: "expectedVersion must be the flag version you saw (a positive integer)" });
    expect(parseReviewRequest({ status: "accepted", expectedVersion: 1.5 })).toEqual({ error: "expectedVersion must be the flag version you saw (a positive integer)" });
    expect(parseReviewRequest({ status: "accepted", expectedVersion: 0 })).toEqual({ error: "expectedVersion must be the flag version you saw (a positive integer)" });
    expect(parseReviewRequest({ status: "accepted", expectedVersion: 1, note: 5 })).toEqual({ error: "note must be text" });
    expect(parseReviewRequest({ status: "accepted", expectedVersion: 1, note: "x".repeat(2_001) })).toEqual({ error: "note is longer than 2000 characters" });
  });

  it("keeps a note of exactly the longest length", () => {
    expect(parseReviewRequest({ status: "accepted", expectedVersion: 1, note: "注".repeat(2_000) })).toMatchObject({ request: { note: "注".repeat(2_000) } });
  });
});
