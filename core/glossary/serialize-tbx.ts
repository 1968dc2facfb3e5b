import type { OccurrenceKind } from "./find-term-occurrences";
import { ADMINISTRATIVE_STATUS } from "./tbx-vocabulary";
import type { Term } from "./term";
import { escapeXml } from "./xml-tree";

/**
 * Writes terms as a TBX-Basic file (TBX v3, ISO 30042:2019, DCA style), one
 * `<conceptEntry id="c1">`… per term in order:
 * - `<admin type="source">` when the term has a source;
 * - a `<langSec>` for `en`, `zh-Hans` and `zh-Hant`, each with its `<note>` (the note in
 *   that UI language) and a `<termSec>` per rendering whose `administrativeStatus` is
 *   preferredTerm-admn-sts (the English headword, the preferred renderings),
 *   admittedTerm-admn-sts (other English names, allowed renderings) or
 *   deprecatedTerm-admn-sts (the renderings that version must not use).
 *
 * parseTbx reads it back to the same terms (a null source comes back null). UTF-8, LF line
 * breaks, two-space indentation.
 */
export function serializeTbx(terms: readonly Term[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    "  <tbxHeader>",
    "    <fileDesc>",
    "      <sourceDesc>",
    "        <p>Parallax glossary</p>",
    "      </sourceDesc>",
    "    </fileDesc>",
    "  </tbxHeader>",
    "  <text>",
    "    <body>",
    ...terms.flatMap((term, index) => conceptLines(term, index)),
    "    </body>",
    "  </text>",
    "</tbx>",
  ];
  return `${lines.join("\n")}\n`;
}

function conceptLines(term: Term, index: number): string[] {
  const [headword, ...otherNames] = term.english;
  const forbidden = (renderings: readonly string[]) => renderings.map((text) => ({ text, kind: "forbidden" as const }));
  return [
    `      <conceptEntry id="c${index + 1}">`,
    ...(term.source ? [`        <admin type="source">${escapeXml(term.source)}</admin>`] : []),
    ...languageSection("en", term.note, [
      ...(headword === undefined ? [] : [{ text: headword, kind: "preferred" as const }]),
      ...otherNames.map((text) => ({ text, kind: "allowed" as const })),
    ]),
    ...languageSection("zh-Hans", term.noteZhHans, [
      { text: term.hansPreferred, kind: "preferred" },
      ...term.hansAllowed.map((text) => ({ text, kind: "allowed" as const })),
      ...forbidden(term.hansForbidden),
    ]),
    ...languageSection("zh-Hant", term.noteZhHant, [
      { text: term.hantPreferred, kind: "preferred" },
      ...term.hantAllowed.map((text) => ({ text, kind: "allowed" as const })),
      ...forbidden(term.hantForbidden),
    ]),
    "      </conceptEntry>",
  ];
}

function languageSection(language: string, note: string | null, renderings: readonly { text: string; kind: OccurrenceKind }[]): string[] {
  return [
    `        <langSec xml:lang="${language}">`,
    ...(note ? [`          <note>${escapeXml(note)}</note>`] : []),
    ...renderings.flatMap(({ text, kind }) => [
      "          <termSec>",
      `            <term>${escapeXml(text)}</term>`,
      `            <termNote type="administrativeStatus">${ADMINISTRATIVE_STATUS[kind]}</termNote>`,
      "          </termSec>",
    ]),
    "        </langSec>",
  ];
}
