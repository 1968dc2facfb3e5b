import { describe, expect, it } from "vitest";
import { splitEnglishSentences } from "../../../core/sentences/english-sentences";

/** The sentences as text, from their offsets: what the reader sees highlighted. */
const sentences = (text: string) => splitEnglishSentences(text).map((span) => text.slice(span.start, span.end));

describe("splitEnglishSentences", () => {
  it("splits at full stops, question and exclamation marks followed by a capital", () =>
    expect(sentences("The plan passed. Did it? Yes! It did.")).toEqual(["The plan passed.", "Did it?", "Yes!", "It did."]));

  it("keeps a closing quotation mark or bracket with the sentence it ends", () =>
    expect(sentences("He said, “Let there be light.” And there was light. (It was good.) So it was.")).toEqual([
      "He said, “Let there be light.”",
      "And there was light.",
      "(It was good.)",
      "So it was.",
    ]));

  it("does not split inside a quotation that goes on in lower case", () =>
    expect(sentences("“Why?” he asked, and left.")).toEqual(["“Why?” he asked, and left."]));

  it("does not split after titles, initials, number abbreviations or e.g.", () =>
    expect(sentences("Mr. Smith met Dr. Jones and J. R. R. Tolkien on Jan. 5 at No. 10, e.g. Downing Street. Then they left.")).toEqual([
      "Mr. Smith met Dr. Jones and J. R. R. Tolkien on Jan. 5 at No. 10, e.g. Downing Street.",
      "Then they left.",
    ]));

  it("does not split decimals, and splits before a sentence that starts with a number", () =>
    expect(sentences("Growth was 3.5 percent. 2026 will be slower.")).toEqual(["Growth was 3.5 percent.", "2026 will be slower."]));

  it("does not split inside parentheses", () =>
    expect(sentences("The report (see Fig. 2. It is long.) was late. Nobody minded.")).toEqual([
      "The report (see Fig. 2. It is long.) was late.",
      "Nobody minded.",
    ]));

  it("treats an ellipsis as an ending", () => expect(sentences("Wait… Then go.")).toEqual(["Wait…", "Then go."]));

  it("gives offsets into the original text, trimmed of surrounding spaces", () => {
    expect(splitEnglishSentences("  One.  Two.  ")).toEqual([
      { start: 2, end: 6 },
      { start: 8, end: 12 },
    ]);
  });

  it("returns one sentence for text without an ending, and none for empty text", () => {
    expect(sentences("A headline without a stop")).toEqual(["A headline without a stop"]);
    expect(splitEnglishSentences("")).toEqual([]);
    expect(splitEnglishSentences("   ")).toEqual([]);
  });
});
