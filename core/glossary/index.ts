/** Glossary: reading and writing its files (CSV, TBX), finding terms in a text, lending its pairs to the triage. */
export { findTermOccurrences, type FindTermOptions, type OccurrenceKind, type TermOccurrence } from "./find-term-occurrences";
export {
  GLOSSARY_FORMATS,
  glossaryFormatOfName,
  parseGlossaryFile,
  serializeGlossary,
  type GlossaryFormat,
} from "./glossary-file";
export { parseCsv, type CsvRecord } from "./parse-csv";
export { parseGlossaryCsv } from "./parse-glossary-csv";
export { parseTbx } from "./parse-tbx";
export { regionalSourceFromTerms } from "./regional-source";
export { serializeGlossaryCsv } from "./serialize-glossary-csv";
export { serializeTbx } from "./serialize-tbx";
export { ALTERNATIVE_SEPARATOR, GLOSSARY_COLUMNS, GLOSSARY_NOTE_COLUMNS, GLOSSARY_VARIANT_FORBIDDEN_COLUMNS, type Term } from "./term";
export { noteForLanguage, type NoteLanguage, type ShownNote } from "./term-note";
export { checkTermDraft, TERM_FIELDS, TERM_LIMITS, type StoredTerm, type TermField, type TermProblem, type TermProblemCode } from "./term-draft";
export { DuplicateTermError, TermConflictError, TermNotFoundError } from "./term-edit-errors";
export { searchTerms } from "./search-terms";
