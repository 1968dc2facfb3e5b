/** Glossary: reading the CSV, finding terms in a text, lending its pairs to the triage. */
export { findTermOccurrences, type OccurrenceKind, type TermOccurrence } from "./find-term-occurrences";
export { parseCsv, type CsvRecord } from "./parse-csv";
export { parseGlossaryCsv } from "./parse-glossary-csv";
export { regionalSourceFromTerms } from "./regional-source";
export { ALTERNATIVE_SEPARATOR, GLOSSARY_COLUMNS, GLOSSARY_NOTE_COLUMNS, type Term } from "./term";
export { noteForLanguage, type NoteLanguage, type ShownNote } from "./term-note";
export { checkTermDraft, TERM_FIELDS, TERM_LIMITS, type StoredTerm, type TermField, type TermProblem, type TermProblemCode } from "./term-draft";
export { DuplicateTermError, TermConflictError, TermNotFoundError } from "./term-edit-errors";
export { searchTerms } from "./search-terms";
