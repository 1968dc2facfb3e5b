import { describe, expect, it } from "vitest";
import { parseCsv } from "@/core/glossary/parse-csv";
import { inputErrorOf } from "../support/input-error";

const fields = (text: string) => parseCsv(text, "t.csv").map((record) => record.fields);

describe("parseCsv", () => {
  it("splits records and fields", () => {
    expect(fields("a,b\nc,d\n")).toEqual([["a", "b"], ["c", "d"]]);
  });

  it("accepts CRLF, LF and lone CR line breaks and skips blank lines", () => {
    expect(fields("a,b\r\n\r\nc,d\re,f")).toEqual([["a", "b"], ["c", "d"], ["e", "f"]]);
  });

  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    expect(fields('"x, y","say ""hi""","two\nlines"')).toEqual([["x, y", 'say "hi"', "two\nlines"]]);
  });

  it("keeps empty fields, including a last one", () => {
    expect(fields("a,,\n,b,")).toEqual([["a", "", ""], ["", "b", ""]]);
  });

  it("ignores a byte-order mark", () => {
    expect(fields("\uFEFFen,note")).toEqual([["en", "note"]]);
  });

  it("numbers records by the line they start on", () => {
    expect(parseCsv('a\n"b\nb"\nc', "t.csv").map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it("rejects a quote inside an unquoted field, naming the line", () => {
    expect(inputErrorOf(() => parseCsv('a,b\nc,d"e', "t.csv"))).toMatch(/^t\.csv:2: a quote inside an unquoted field/);
  });

  it("rejects text after a closing quote", () => {
    expect(inputErrorOf(() => parseCsv('"a"b,c', "t.csv"))).toMatch(/^t\.csv:1: unexpected text after a closing quote/);
  });

  it("rejects a quoted field that is never closed, naming the line it opened on", () => {
    expect(inputErrorOf(() => parseCsv('a\nb,"c\nd', "t.csv"))).toMatch(/^t\.csv:2: a quoted field is never closed/);
  });

  it("gives nothing for an empty text", () => {
    expect(fields("")).toEqual([]);
  });
});
