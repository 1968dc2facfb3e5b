import { describe, expect, it } from "vitest";
import { formatPublicationDate } from "@/core/dates";

describe("formatPublicationDate", () => {
  it("writes the day for each UI language", () => {
    expect(formatPublicationDate("2026-03-14", "en")).toBe("March 14, 2026");
    expect(formatPublicationDate("2026-03-14", "zh-Hans")).toBe("2026年3月14日");
    expect(formatPublicationDate("2026-03-14", "zh-Hant")).toBe("2026年3月14日");
  });
  it("never shifts the day, whatever the time zone", () => {
    expect(formatPublicationDate("2025-01-01", "en")).toBe("January 1, 2025");
  });
  it("returns anything that is not an ISO date unchanged", () => {
    expect(formatPublicationDate("spring 2025", "en")).toBe("spring 2025");
  });
});
