import { describe, expect, it } from "vitest";
import { isWhitespace } from "../../../core/text/is-whitespace";

describe("isWhitespace", () => {
  it("agrees with JavaScript's \\s on every BMP code unit", () => {
    for (let unit = 0; unit <= 0xffff; unit++) {
      expect(isWhitespace(unit), unit.toString(16)).toBe(/\s/.test(String.fromCharCode(unit)));
    }
  });
});
