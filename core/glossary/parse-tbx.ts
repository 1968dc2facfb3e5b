import { InputError } from "../errors";
import { duplicatePairProblems, throwEntryProblems, type EntryProblem } from "./entry-problems";
import type { OccurrenceKind } from "./find-term-occurrences";
import { glossaryLanguageOf, STATUS_KINDS, type GlossaryLanguage } from "./tbx-vocabulary";
import { ALTERNATIVE_SEPARATOR, type Term } from "./term";
import { parseXmlTree, textContent, type XmlElement } from "./xml-tree";

/**
 * Reads a TBX-Basic file into terms, one per concept, in file order. Both TBX v3 (ISO
 * 30042:2019, `<tbx>` › `<conceptEntry>` › `<langSec>` › `<termSec>`) and TBX 2008
 * (`<martif>` › `<termEntry>` › `<langSet>` › `<tig>`) are read; element names are compared
 * without a namespace prefix.
 *
 * Per concept:
 * - languages by `xml:lang` (see glossaryLanguageOf: zh-TW and zh-HK are zh-Hant, …);
 *   sections in other languages are skipped;
 * - each term's `administrativeStatus` decides its kind: preferredTerm-admn-sts is the
 *   preferred rendering (the first English one is the headword), admittedTerm-admn-sts an
 *   allowed one (another English name), deprecatedTerm-admn-sts and supersededTerm-admn-sts
 *   a forbidden one, in the version whose section holds it (English ones are dropped, as
 *   the glossary does not police English). A term without a status is allowed; when no term
 *   of a Chinese variant is preferred, its first allowed one is; a second preferred one is
 *   allowed;
 * - the `<note>` of each language section is the note in that UI language (several are
 *   joined by line breaks); a concept-level `<note>` counts as the English one when that
 *   section has none;
 * - `<admin type="source">` (of the concept, else its first in a section or term) is the source.
 *
 * @throws InputError(`${source}:${line}`) for XML that is not well-formed (the line the parser
 *   stopped at) or not TBX; and one InputError listing the line of every invalid concept (no
 *   English term, no zh-Hans or zh-Hant term, an empty term, an unknown status, a `|` in a
 *   term, the same preferred pair as an earlier concept).
 */
export function parseTbx(text: string, source: string): Term[] {
  const root = parseXmlTree(text, source);
  const rootName = localName(root.name);
  if (rootName !== "tbx" && rootName !== "martif") {
    throw new InputError(`${source}:${root.line}`, `not a TBX file: the root element is <${root.name}>, expected <tbx> (TBX v3) or <martif> (TBX 2008)`);
  }
  const body = children(root, "text").flatMap((text) => children(text, "body"))[0];
  if (body === undefined) throw new InputError(`${source}:${root.line}`, "not a TBX file: it has no <text><body>");

  const problems: EntryProblem[] = [];
  const entries: { line: number; term: Term }[] = [];
  for (const concept of body.children.filter(isElement)) {
    if (!CONCEPT_NAMES.has(localName(concept.name))) continue;
    const found: EntryProblem[] = [];
    const term = termOfConcept(concept, found);
    if (found.length > 0 || term === null) problems.push(...found);
    else entries.push({ line: concept.line, term });
  }
  throwEntryProblems(source, [...problems, ...duplicatePairProblems(entries)]);
  return entries.map(({ term }) => term);
}

const CONCEPT_NAMES = new Set(["conceptEntry", "termEntry"]);
const LANGUAGE_SECTION_NAMES = new Set(["langSec", "langSet"]);
const TERM_SECTION_NAMES = new Set(["termSec", "tig", "ntig"]);

interface Rendering {
  text: string;
  kind: OccurrenceKind;
}

function termOfConcept(concept: XmlElement, problems: EntryProblem[]): Term | null {
  const renderings: Record<GlossaryLanguage, Rendering[]> = { en: [], "zh-Hans": [], "zh-Hant": [] };
  const notes: Record<GlossaryLanguage, string[]> = { en: [], "zh-Hans": [], "zh-Hant": [] };
  const problem = (line: number, message: string) => problems.push({ line, message });

  let untaggedScript = false;
  for (const section of concept.children.filter(isElement)) {
    if (!LANGUAGE_SECTION_NAMES.has(localName(section.name))) continue;
    const tag = section.attributes["xml:lang"] ?? "";
    const language = glossaryLanguageOf(tag);
    if (/^zh$/iu.test(tag.trim())) untaggedScript = true;
    if (language === null) continue;
    notes[language].push(...noteTexts(section));
    for (const termSection of section.children.filter(isElement)) {
      if (!TERM_SECTION_NAMES.has(localName(termSection.name))) continue;
      const rendering = renderingOf(termSection, problem);
      if (rendering !== null) renderings[language].push(rendering);
    }
  }
  if (notes.en.length === 0) notes.en.push(...noteTexts(concept));

  const english = [...renderings.en.filter((r) => r.kind === "preferred"), ...renderings.en.filter((r) => r.kind === "allowed")].map((r) => r.text);
  if (english.length === 0) problem(concept.line, "the concept has no English term (xml:lang en) that is not deprecated");
  const hint = untaggedScript ? ` (its xml:lang="zh" section names no script: tag it zh-Hans or zh-Hant, or zh-CN, zh-TW, zh-HK)` : "";
  const hans = variantOf(renderings["zh-Hans"], "zh-Hans", concept.line, (line, message) => problem(line, message + hint));
  const hant = variantOf(renderings["zh-Hant"], "zh-Hant", concept.line, (line, message) => problem(line, message + hint));
  if (problems.length > 0 || hans === null || hant === null) return null;
  const forbiddenIn = (found: readonly Rendering[]) => [...new Set(found.filter((r) => r.kind === "forbidden").map((r) => r.text))];
  return {
    english: [...new Set(english)],
    hansPreferred: hans.preferred,
    hantPreferred: hant.preferred,
    hansAllowed: hans.allowed,
    hantAllowed: hant.allowed,
    hansForbidden: forbiddenIn(renderings["zh-Hans"]),
    hantForbidden: forbiddenIn(renderings["zh-Hant"]),
    note: joinedNote(notes.en),
    noteZhHans: joinedNote(notes["zh-Hans"]),
    noteZhHant: joinedNote(notes["zh-Hant"]),
    source: sourceOf(concept),
  };
}

function renderingOf(termSection: XmlElement, problem: (line: number, message: string) => void): Rendering | null {
  const termElement = children(termSection, "term")[0];
  const text = termElement === undefined ? "" : textContent(termElement);
  if (text === "") {
    problem(termElement?.line ?? termSection.line, "an empty <term>");
    return null;
  }
  if (text.includes(ALTERNATIVE_SEPARATOR)) {
    problem(termElement?.line ?? termSection.line, `the term ${JSON.stringify(text)} holds "|", which the glossary uses to separate alternatives`);
    return null;
  }
  const statusNotes = [...children(termSection, "termNote"), ...children(termSection, "termNoteGrp").flatMap((group) => children(group, "termNote"))].filter(
    (note) => note.attributes.type === "administrativeStatus",
  );
  const [statusNote] = statusNotes;
  if (statusNote === undefined) return { text, kind: "allowed" };
  const status = textContent(statusNote);
  const kind = STATUS_KINDS.get(status);
  if (kind === undefined) {
    problem(statusNote.line, `unknown administrativeStatus "${status}" (expected ${[...STATUS_KINDS.keys()].join(", ")})`);
    return null;
  }
  return { text, kind };
}

/** The preferred and allowed renderings of one Chinese variant (see parseTbx for the rules). */
function variantOf(
  renderings: readonly Rendering[],
  language: "zh-Hans" | "zh-Hant",
  line: number,
  problem: (line: number, message: string) => void,
): { preferred: string; allowed: string[] } | null {
  const usable = [...renderings.filter((r) => r.kind === "preferred"), ...renderings.filter((r) => r.kind === "allowed")].map((r) => r.text);
  const [preferred, ...allowed] = [...new Set(usable)];
  if (preferred === undefined) {
    problem(line, `the concept has no ${language} term that is not deprecated`);
    return null;
  }
  return { preferred, allowed };
}

function noteTexts(element: XmlElement): string[] {
  return children(element, "note").map(textContent).filter((note) => note !== "");
}

function joinedNote(notes: readonly string[]): string | null {
  return notes.length === 0 ? null : notes.join("\n");
}

function sourceOf(concept: XmlElement): string | null {
  const isSource = (element: XmlElement) => localName(element.name) === "admin" && element.attributes.type === "source";
  const search = (element: XmlElement, depth: number): string | null => {
    for (const child of element.children.filter(isElement)) {
      if (isSource(child)) {
        const text = textContent(child);
        if (text !== "") return text;
      }
    }
    if (depth === 0) return null;
    for (const child of element.children.filter(isElement)) {
      const found = search(child, depth - 1);
      if (found !== null) return found;
    }
    return null;
  };
  return search(concept, 2);
}

function isElement(node: XmlElement | string): node is XmlElement {
  return typeof node !== "string";
}

/** Child elements by local name (a `tbx:` prefix, if any, ignored). */
function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => isElement(child) && localName(child.name) === name);
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}
