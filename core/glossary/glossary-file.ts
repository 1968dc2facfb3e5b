import { InputError } from "../errors";
import { parseGlossaryCsv } from "./parse-glossary-csv";
import { parseTbx } from "./parse-tbx";
import { serializeGlossaryCsv } from "./serialize-glossary-csv";
import { serializeTbx } from "./serialize-tbx";
import type { Term } from "./term";

/** The file formats a glossary is read from and written to. */
export const GLOSSARY_FORMATS = ["csv", "tbx"] as const;
export type GlossaryFormat = (typeof GLOSSARY_FORMATS)[number];

/** The format a file name says (`.csv`; `.tbx` or `.xml`), case-insensitively, or null. */
export function glossaryFormatOfName(name: string): GlossaryFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".tbx") || lower.endsWith(".xml")) return "tbx";
  return null;
}

/**
 * Reads a glossary file as CSV or TBX: by its name's extension (see glossaryFormatOfName),
 * else by its content (TBX when its first non-blank character is `<`, after any byte-order
 * mark; CSV otherwise). `source` names the file in errors. See parseGlossaryCsv and parseTbx.
 */
export function parseGlossaryFile(text: string, source: string): Term[] {
  const format = glossaryFormatOfName(source) ?? (/^\uFEFF?\s*</u.test(text) ? "tbx" : "csv");
  return format === "tbx" ? parseTbx(text, source) : parseGlossaryCsv(text, source);
}

/** The terms written as a glossary file of `format` (serializeGlossaryCsv, serializeTbx). */
export function serializeGlossary(terms: readonly Term[], format: GlossaryFormat): string {
  switch (format) {
    case "csv":
      return serializeGlossaryCsv(terms);
    case "tbx":
      return serializeTbx(terms);
    default:
      throw new InputError("glossary", `unknown glossary format ${String(format satisfies never)}`);
  }
}
