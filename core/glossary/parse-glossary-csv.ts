import { InputError } from "../errors";
import { duplicatePairProblems, throwEntryProblems, type EntryProblem } from "./entry-problems";
import { parseCsv } from "./parse-csv";
import { ALTERNATIVE_SEPARATOR, GLOSSARY_COLUMNS, GLOSSARY_NOTE_COLUMNS, GLOSSARY_VARIANT_FORBIDDEN_COLUMNS, type Term } from "./term";

/** The columns that may follow the required ones, in any order, once each. */
const OPTIONAL_COLUMNS: readonly string[] = [...GLOSSARY_NOTE_COLUMNS, ...GLOSSARY_VARIANT_FORBIDDEN_COLUMNS];

/**
 * Reads a glossary CSV (columns exactly `en,zh-Hans,zh-Hant,zh-Hans-allowed,
 * zh-Hant-allowed,forbidden,note`, RFC 4180 quoting) into terms, in file order. The note in
 * the Chinese interfaces may follow in the optional columns `note-zh-Hans` and `note-zh-Hant`
 * (either or both, in either order); without them those notes are null. `forbidden` lists the
 * renderings neither version may use; the optional columns `zh-Hans-forbidden` and
 * `zh-Hant-forbidden` add the renderings one version alone may not use (人工智能 in a Taiwan
 * edition), so a term's forbidden list per version is `forbidden` plus its own column.
 *
 * Alternatives within a field are separated by `|`; every value is trimmed and empty
 * alternatives are dropped. `en`, `zh-Hans` and `zh-Hant` are required, and the two
 * preferred renderings are single values (alternatives belong in the -allowed columns).
 * A header-only file gives [].
 *
 * Errors are InputErrors naming `source` and the 1-based line: a missing or different
 * header, bad quoting (the first such error), and, all in one error listing their lines,
 * every record with the wrong number of fields, a missing required value or the same
 * preferred zh-Hans and zh-Hant renderings as an earlier record.
 */
export function parseGlossaryCsv(text: string, source: string): Term[] {
  const [header, ...records] = parseCsv(text, source);
  if (header === undefined) {
    throw new InputError(`${source}:1`, `the glossary is empty; its first line must be ${GLOSSARY_COLUMNS.join(",")}`);
  }
  const found = header.fields.map((field) => field.trim());
  const required = found.slice(0, GLOSSARY_COLUMNS.length);
  const optionalColumns = found.slice(GLOSSARY_COLUMNS.length);
  if (required.length !== GLOSSARY_COLUMNS.length || required.some((name, k) => name !== GLOSSARY_COLUMNS[k])) {
    throw new InputError(
      `${source}:${header.line}`,
      `expected the columns ${GLOSSARY_COLUMNS.join(",")} but found ${found.join(",")}`,
    );
  }
  optionalColumns.forEach((name, k) => {
    if (!OPTIONAL_COLUMNS.includes(name) || optionalColumns.indexOf(name) !== k) {
      throw new InputError(
        `${source}:${header.line}`,
        `unexpected column "${name}" after ${GLOSSARY_COLUMNS.join(",")}: only ${OPTIONAL_COLUMNS.join(", ")} may follow, once each`,
      );
    }
  });
  const columnCount = found.length;

  const problems: EntryProblem[] = [];
  const entries: { line: number; term: Term }[] = [];
  for (const { line, fields } of records) {
    try {
      entries.push({ line, term: termOfRecord(fields, columnCount, optionalColumns) });
    } catch (error) {
      if (!(error instanceof RecordProblem)) throw error;
      problems.push({ line, message: error.message });
    }
  }
  throwEntryProblems(source, [...problems, ...duplicatePairProblems(entries)]);
  return entries.map(({ term }) => term);
}

/** What is wrong with one record; collected so that every bad line is reported at once. */
class RecordProblem extends Error {}

function termOfRecord(fields: readonly string[], columnCount: number, optionalColumns: readonly string[]): Term {
  if (fields.length !== columnCount) throw new RecordProblem(`expected ${columnCount} fields, found ${fields.length}`);
  const [en, hans, hant, hansAllowed, hantAllowed, forbidden, note] = fields.map((field) => field.trim());
  const optionalField = (column: string): string | undefined => {
    const k = optionalColumns.indexOf(column);
    return k === -1 ? undefined : fields[GLOSSARY_COLUMNS.length + k]?.trim();
  };
  const noteIn = (column: (typeof GLOSSARY_NOTE_COLUMNS)[number]) => blankToNull(optionalField(column));
  // `forbidden` lists what neither version may use; the variant columns add what one may not.
  const forbiddenIn = (column: (typeof GLOSSARY_VARIANT_FORBIDDEN_COLUMNS)[number]) =>
    unique([...alternatives(forbidden), ...alternatives(optionalField(column))]);
  const english = alternatives(en);
  if (english.length === 0) throw new RecordProblem("the en column is empty");
  return {
    english,
    hansPreferred: preferred(hans, "zh-Hans"),
    hantPreferred: preferred(hant, "zh-Hant"),
    hansAllowed: alternatives(hansAllowed),
    hantAllowed: alternatives(hantAllowed),
    hansForbidden: forbiddenIn("zh-Hans-forbidden"),
    hantForbidden: forbiddenIn("zh-Hant-forbidden"),
    note: blankToNull(note),
    noteZhHans: noteIn("note-zh-Hans"),
    noteZhHant: noteIn("note-zh-Hant"),
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function blankToNull(value: string | undefined): string | null {
  return value === undefined || value === "" ? null : value;
}

function alternatives(field: string | undefined): string[] {
  return (field ?? "")
    .split(ALTERNATIVE_SEPARATOR)
    .map((value) => value.trim())
    .filter((value) => value !== "");
}

function preferred(field: string | undefined, column: string): string {
  const values = alternatives(field);
  const [value] = values;
  if (value === undefined) throw new RecordProblem(`the ${column} column is empty`);
  if (values.length > 1) throw new RecordProblem(`${column} holds one preferred rendering; put the others in ${column}-allowed`);
  return value;
}
