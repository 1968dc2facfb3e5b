import { InputError } from "../errors";
import { ALTERNATIVE_SEPARATOR, GLOSSARY_COLUMNS, GLOSSARY_NOTE_COLUMNS, GLOSSARY_VARIANT_FORBIDDEN_COLUMNS, type Term } from "./term";

/**
 * Writes terms as the glossary CSV that parseGlossaryCsv reads: the columns of DESIGN.md
 * (`en,zh-Hans,zh-Hant,zh-Hans-allowed,zh-Hant-allowed,forbidden,note`), then `note-zh-Hans`
 * and `note-zh-Hant`, and `zh-Hans-forbidden` and `zh-Hant-forbidden` only when a term forbids
 * a rendering in one version alone (`forbidden` holds those forbidden in both); alternatives joined with `|`; a null note as an empty field. Quoting
 * follows RFC 4180: a field holding a comma, a double quote, a CR or an LF is put in double
 * quotes with its quotes doubled; records end in CRLF, the last one too. No byte-order mark.
 *
 * `parseGlossaryCsv(serializeGlossaryCsv(terms))` gives `terms` back (without `source`,
 * which has no column) for any terms a glossary can hold.
 *
 * @throws InputError when a name or rendering holds `|` (the CSV would read it as two
 *   alternatives) or is blank; nothing is written.
 */
export function serializeGlossaryCsv(terms: readonly Term[]): string {
  const split = terms.map(splitForbidden);
  const variantColumns = split.some(({ hansOnly, hantOnly }) => hansOnly.length + hantOnly.length > 0);
  const header = [...GLOSSARY_COLUMNS, ...GLOSSARY_NOTE_COLUMNS, ...(variantColumns ? GLOSSARY_VARIANT_FORBIDDEN_COLUMNS : [])];
  const records = terms.map((term, index) => {
    const listed = (values: readonly string[], column: string) => joinAlternatives(values, column, term, index);
    const { both, hansOnly, hantOnly } = split[index]!;
    const record = [
      listed(term.english, "en"),
      listed([term.hansPreferred], "zh-Hans"),
      listed([term.hantPreferred], "zh-Hant"),
      listed(term.hansAllowed, "zh-Hans-allowed"),
      listed(term.hantAllowed, "zh-Hant-allowed"),
      listed(both, "forbidden"),
      term.note ?? "",
      term.noteZhHans ?? "",
      term.noteZhHant ?? "",
    ];
    return variantColumns ? [...record, listed(hansOnly, "zh-Hans-forbidden"), listed(hantOnly, "zh-Hant-forbidden")] : record;
  });
  return [header, ...records].map((fields) => `${fields.map(quoteField).join(",")}\r\n`).join("");
}

/** A term's forbidden renderings as the CSV columns hold them: in both versions, or in one. */
function splitForbidden(term: Term): { both: string[]; hansOnly: string[]; hantOnly: string[] } {
  const inHant = new Set(term.hantForbidden);
  const inHans = new Set(term.hansForbidden);
  return {
    both: term.hansForbidden.filter((rendering) => inHant.has(rendering)),
    hansOnly: term.hansForbidden.filter((rendering) => !inHant.has(rendering)),
    hantOnly: term.hantForbidden.filter((rendering) => !inHans.has(rendering)),
  };
}

function joinAlternatives(values: readonly string[], column: string, term: Term, index: number): string {
  for (const value of values) {
    if (value.includes(ALTERNATIVE_SEPARATOR) || value.trim() === "") {
      throw new InputError(
        `term ${index + 1} (${term.english[0] ?? term.hansPreferred})`,
        `the ${column} value ${JSON.stringify(value)} cannot be written to CSV: values are non-blank and "|" separates alternatives`,
      );
    }
  }
  return values.join(ALTERNATIVE_SEPARATOR);
}

function quoteField(field: string): string {
  return /[",\r\n]/u.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}
