import { InputError } from "../errors";
import { ALTERNATIVE_SEPARATOR, GLOSSARY_COLUMNS, GLOSSARY_NOTE_COLUMNS, type Term } from "./term";

/**
 * Writes terms as the glossary CSV that parseGlossaryCsv reads: the columns of DESIGN.md
 * (`en,zh-Hans,zh-Hant,zh-Hans-allowed,zh-Hant-allowed,forbidden,note`), then `note-zh-Hans`
 * and `note-zh-Hant`; alternatives joined with `|`; a null note as an empty field. Quoting
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
  const header = [...GLOSSARY_COLUMNS, ...GLOSSARY_NOTE_COLUMNS];
  const records = terms.map((term, index) => {
    const listed = (values: readonly string[], column: string) => joinAlternatives(values, column, term, index);
    return [
      listed(term.english, "en"),
      listed([term.hansPreferred], "zh-Hans"),
      listed([term.hantPreferred], "zh-Hant"),
      listed(term.hansAllowed, "zh-Hans-allowed"),
      listed(term.hantAllowed, "zh-Hant-allowed"),
      listed(term.forbidden, "forbidden"),
      term.note ?? "",
      term.noteZhHans ?? "",
      term.noteZhHant ?? "",
    ];
  });
  return [header, ...records].map((fields) => `${fields.map(quoteField).join(",")}\r\n`).join("");
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
