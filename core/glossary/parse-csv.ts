import { InputError } from "../errors";

/** One CSV record and the 1-based line it starts on (a quoted field may span lines). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
}

/**
 * Parses CSV as RFC 4180 describes it: fields separated by commas, records by CRLF (LF or
 * a lone CR are accepted too); a field in double quotes may hold commas, line breaks and
 * doubled quotes (`""` for `"`). A leading byte-order mark is ignored, blank lines are
 * skipped, and a final line break does not start an empty record. Fields are returned as
 * written (not trimmed).
 *
 * Errors are InputErrors whose `where` is `${source}:${line}`: a quote inside an unquoted
 * field, text after a closing quote, a quoted field never closed.
 */
export function parseCsv(text: string, source: string): CsvRecord[] {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let line = 1;
  let fields: string[] = [];
  let recordLine = 1;
  let index = 0;

  const endRecord = () => {
    const blank = fields.length === 1 && fields[0] === "";
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
  };

  while (index <= input.length) {
    if (fields.length === 0) recordLine = line;
    let field = "";
    if (input[index] === '"') {
      const openedOn = line;
      index++;
      for (;;) {
        if (index >= input.length) {
          throw new InputError(`${source}:${openedOn}`, "a quoted field is never closed (a \" is missing)");
        }
        const character = input[index] ?? "";
        if (character === '"') {
          if (input[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index++;
          break;
        }
        if (character === "\n" || (character === "\r" && input[index + 1] !== "\n")) line++;
        field += character;
        index++;
      }
      const next = input[index];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
        throw new InputError(`${source}:${line}`, `unexpected text after a closing quote: ${JSON.stringify(next)}`);
      }
    } else {
      while (index < input.length) {
        const character = input[index] ?? "";
        if (character === "," || character === "\n" || character === "\r") break;
        if (character === '"') {
          throw new InputError(
            `${source}:${line}`,
            'a quote inside an unquoted field (quote the whole field and write the quote as "")',
          );
        }
        field += character;
        index++;
      }
    }
    fields.push(field);

    const separator = input[index];
    if (separator === ",") {
      index++;
      continue;
    }
    endRecord();
    if (separator === undefined) break;
    index += separator === "\r" && input[index + 1] === "\n" ? 2 : 1;
    line++;
    if (index === input.length) break;
  }
  return records;
}
