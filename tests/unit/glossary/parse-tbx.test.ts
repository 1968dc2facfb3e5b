import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseGlossaryCsv } from "@/core/glossary/parse-glossary-csv";
import { parseTbx } from "@/core/glossary/parse-tbx";
import { serializeTbx } from "@/core/glossary/serialize-tbx";
import type { Term } from "@/core/glossary/term";
import { inputErrorOf } from "../support/input-error";

const server: Term = {
  english: ["server", "server computer"],
  hansPreferred: "服务器",
  hantPreferred: "伺服器",
  hansAllowed: ["服务机"],
  hantAllowed: ["服務器", "伺服機"],
  hansForbidden: ["服务员"],
  hantForbidden: ["服務員"],
  note: 'The computer sense; <not> a "waiter" & not a 服務員',
  noteZhHans: "指计算机\n第二行",
  noteZhHant: "指電腦\r\n第二行",
  source: "Style guide §4 <2026>",
};

const bare: Term = {
  english: ["nurse"],
  hansPreferred: "护士",
  hantPreferred: "護理師",
  hansAllowed: [],
  hantAllowed: [],
  hansForbidden: [],
  hantForbidden: [],
  note: null,
  noteZhHans: null,
  noteZhHant: null,
  source: null,
};

function tbx(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<text><body>
${body}
</body></text>
</tbx>`;
}

describe("serializeTbx and parseTbx", () => {
  it("round-trip every field: names, preferred, allowed and forbidden renderings, notes per language with markup characters and line breaks, source", () => {
    expect(parseTbx(serializeTbx([server, bare]), "g.tbx")).toEqual([server, bare]);
  });

  it("round-trip the demo glossary", () => {
    const text = readFileSync(path.resolve(import.meta.dirname, "../../../demo/glossary.csv"), "utf8");
    const terms = parseGlossaryCsv(text, "demo/glossary.csv").map((term) => ({ ...term, source: null }));
    expect(terms).toHaveLength(23);
    expect(parseTbx(serializeTbx(terms), "demo.tbx")).toEqual(terms);
  });

  it("write TBX-Basic's statuses, the notes in each language section and the source", () => {
    const written = serializeTbx([server]);
    expect(written).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect(written).toContain('<admin type="source">Style guide §4 &lt;2026&gt;</admin>');
    expect(written).toContain(
      '<langSec xml:lang="zh-Hans">\n          <note>指计算机\n第二行</note>\n          <termSec>\n            <term>服务器</term>\n            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>',
    );
    expect(written).toContain("<term>服務員</term>\n            <termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>");
    expect(written).toContain("<term>伺服機</term>\n            <termNote type=\"administrativeStatus\">admittedTerm-admn-sts</termNote>");
    // Each forbidden rendering in the section of the version that must not use it, only there.
    expect(written.match(/<term>服务员<\/term>/g)).toHaveLength(1);
    expect(written.indexOf("<term>服务员</term>")).toBeLessThan(written.indexOf('<langSec xml:lang="zh-Hant">'));
    expect(written.indexOf("<term>服務員</term>")).toBeGreaterThan(written.indexOf('<langSec xml:lang="zh-Hant">'));
  });

  it("gives no terms for an empty glossary", () => {
    expect(parseTbx(serializeTbx([]), "g.tbx")).toEqual([]);
  });
});

describe("parseTbx", () => {
  it("reads a TBX 2008 file (martif, termEntry, langSet, tig) with regional language tags and no statuses", () => {
    const text = `<?xml version="1.0"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US">
  <martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="t1">
      <note>a concept note</note>
      <langSet xml:lang="en-US"><tig><term>database</term></tig></langSet>
      <langSet xml:lang="zh-CN"><tig><term>数据库</term></tig><tig><term>资料库</term></tig></langSet>
      <langSet xml:lang="zh-TW"><tig><term>資料庫</term></tig></langSet>
      <langSet xml:lang="zh-HK"><tig><term>數據庫</term></tig></langSet>
      <langSet xml:lang="fr"><tig><term>base de données</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>`;
    expect(parseTbx(text, "old.tbx")).toEqual([
      {
        english: ["database"],
        hansPreferred: "数据库",
        hantPreferred: "資料庫",
        hansAllowed: ["资料库"],
        hantAllowed: ["數據庫"],
        hansForbidden: [],
        hantForbidden: [],
        note: "a concept note",
        noteZhHans: null,
        noteZhHant: null,
        source: null,
      },
    ]);
  });

  it("takes a preferred term over an earlier admitted one, and reads a second preferred term as allowed", () => {
    const status = (value: string) => `<termNote type="administrativeStatus">${value}</termNote>`;
    const [term] = parseTbx(
      tbx(`<conceptEntry id="c1">
  <langSec xml:lang="en"><termSec><term>AI</term>${status("admittedTerm-admn-sts")}</termSec><termSec><term>artificial intelligence</term>${status("preferredTerm-admn-sts")}</termSec></langSec>
  <langSec xml:lang="zh-Hans"><termSec><term>人工智能</term></termSec></langSec>
  <langSec xml:lang="zh-Hant"><termSec><term>人工智能</term>${status("admittedTerm-admn-sts")}</termSec><termSec><term>人工智慧</term>${status("preferredTerm-admn-sts")}</termSec><termSec><term>AI 智慧</term>${status("preferredTerm-admn-sts")}</termSec><termSec><term>人工智能機</term>${status("supersededTerm-admn-sts")}</termSec></langSec>
</conceptEntry>`),
      "g.tbx",
    );
    expect(term?.english).toEqual(["artificial intelligence", "AI"]);
    // Deprecated in the Traditional section only: forbidden in that version alone.
    expect([term?.hantPreferred, term?.hantAllowed, term?.hantForbidden, term?.hansForbidden]).toEqual(["人工智慧", ["AI 智慧", "人工智能"], ["人工智能機"], []]);
  });

  it("decodes the predefined entities and character references, and text inside <hi>", () => {
    const [term] = parseTbx(
      tbx(`<conceptEntry id="c1">
  <langSec xml:lang="en"><note>R&amp;D &lt;lab&gt; &#x4E2D;&#25991;</note><termSec><term>R&amp;D <hi>lab</hi></term></termSec></langSec>
  <langSec xml:lang="zh-Hans"><termSec><term>研发实验室</term></termSec></langSec>
  <langSec xml:lang="zh-Hant"><termSec><term>研發實驗室</term></termSec></langSec>
</conceptEntry>`),
      "g.tbx",
    );
    expect([term?.english, term?.note]).toEqual([["R&D lab"], "R&D <lab> 中文"]);
  });

  it("refuses malformed XML, naming the file and the line the parser stopped at", () => {
    const text = tbx(`<conceptEntry id="c1">
  <langSec xml:lang="en"><termSec><term>software</termSec></langSec>
</conceptEntry>`);
    expect(inputErrorOf(() => parseTbx(text, "bad.tbx"))).toMatch(/^bad\.tbx:5: not well-formed XML: /);
  });

  it("does not expand entities a DTD declares (no billion laughs): they are undefined", () => {
    const text = `<?xml version="1.0"?>
<!DOCTYPE tbx [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
]>
<tbx><text><body><conceptEntry><langSec xml:lang="en"><termSec><term>&lol2;</term></termSec></langSec></conceptEntry></body></text></tbx>`;
    expect(inputErrorOf(() => parseTbx(text, "lol.tbx"))).toMatch(/^lol\.tbx:6: not well-formed XML: undefined entity/);
  });

  it("refuses a file that is not TBX", () => {
    expect(inputErrorOf(() => parseTbx('<?xml version="1.0"?>\n<html><body/></html>', "page.tbx"))).toBe(
      "page.tbx:2: not a TBX file: the root element is <html>, expected <tbx> (TBX v3) or <martif> (TBX 2008)",
    );
    expect(inputErrorOf(() => parseTbx("", "empty.tbx"))).toMatch(/^empty\.tbx:1: not well-formed XML/);
    expect(inputErrorOf(() => parseTbx("<tbx/>", "bodyless.tbx"))).toBe("bodyless.tbx:1: not a TBX file: it has no <text><body>");
  });

  it("lists every invalid concept with its line in one error", () => {
    const text = tbx(`<conceptEntry id="c1">
  <langSec xml:lang="en"><termSec><term>software</term></termSec></langSec>
  <langSec xml:lang="zh-Hans"><termSec><term>软件</term></termSec></langSec>
</conceptEntry>
<conceptEntry id="c2">
  <langSec xml:lang="en"><termSec><term>network</term></termSec></langSec>
  <langSec xml:lang="zh-Hans"><termSec><term>网络</term></termSec></langSec>
  <langSec xml:lang="zh-Hant"><termSec><term>網路</term></termSec></langSec>
</conceptEntry>
<conceptEntry id="c3">
  <langSec xml:lang="en"><termSec><term>net</term></termSec></langSec>
  <langSec xml:lang="zh-Hans"><termSec><term>网络</term></termSec></langSec>
  <langSec xml:lang="zh-Hant"><termSec><term>網路</term><termNote type="administrativeStatus">bestTerm</termNote></termSec><termSec><term>網路</term></termSec></langSec>
</conceptEntry>
<conceptEntry id="c4">
  <langSec xml:lang="zh-Hans"><termSec><term>网络</term></termSec></langSec>
  <langSec xml:lang="zh-Hant"><termSec><term>網路</term></termSec></langSec>
</conceptEntry>
<conceptEntry id="c5">
  <langSec xml:lang="en"><termSec><term>net</term></termSec></langSec>
  <langSec xml:lang="zh-Hans"><termSec><term>网络</term></termSec></langSec>
  <langSec xml:lang="zh-Hant"><termSec><term>網路</term></termSec></langSec>
</conceptEntry>`);
    expect(inputErrorOf(() => parseTbx(text, "g.tbx"))).toBe(
      "g.tbx:4: 4 invalid entries: line 4: the concept has no zh-Hant term that is not deprecated; " +
        'line 16: unknown administrativeStatus "bestTerm" (expected preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts, supersededTerm-admn-sts); ' +
        "line 18: the concept has no English term (xml:lang en) that is not deprecated; " +
        "line 22: duplicate term: zh-Hans 网络 / zh-Hant 網路 is already on line 8",
    );
  });

  it("says why a section tagged plain zh does not count", () => {
    const text = tbx(`<conceptEntry id="c1">
  <langSec xml:lang="en"><termSec><term>software</term></termSec></langSec>
  <langSec xml:lang="zh"><termSec><term>软件</term></termSec></langSec>
  <langSec xml:lang="zh-TW"><termSec><term>軟體</term></termSec></langSec>
</conceptEntry>`);
    expect(inputErrorOf(() => parseTbx(text, "g.tbx"))).toBe(
      'g.tbx:4: the concept has no zh-Hans term that is not deprecated (its xml:lang="zh" section names no script: tag it zh-Hans or zh-Hant, or zh-CN, zh-TW, zh-HK)',
    );
  });

  it("refuses an empty term and a term holding |", () => {
    const text = tbx(`<conceptEntry id="c1">
  <langSec xml:lang="en"><termSec><term> </term></termSec><termSec><term>a|b</term></termSec></langSec>
  <langSec xml:lang="zh-Hans"><termSec><term>甲</term></termSec></langSec>
  <langSec xml:lang="zh-Hant"><termSec><term>甲</term></termSec></langSec>
</conceptEntry>`);
    expect(inputErrorOf(() => parseTbx(text, "g.tbx"))).toBe(
      'g.tbx:4: 3 invalid entries: line 4: the concept has no English term (xml:lang en) that is not deprecated; line 5: an empty <term>; line 5: the term "a|b" holds "|", which the glossary uses to separate alternatives',
    );
  });
});
