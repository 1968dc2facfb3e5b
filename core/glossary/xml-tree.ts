import { SaxesParser } from "saxes";
import { InputError } from "../errors";

/** An XML element as TBX reading needs it: its name, attributes, children and the line it opens on. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
  /** 1-based line of the element's start tag. */
  readonly line: number;
}

/**
 * Parses a whole XML document into a tree with saxes, a strict, non-validating parser
 * (XML 1.0/1.1 well-formedness, namespaces not resolved: `xml:lang` stays an attribute
 * of that name).
 *
 * Entities: only XML's five predefined ones and character references are expanded. A DTD is
 * skipped unread, so entities it declares are "undefined entity" errors: a glossary file
 * cannot expand itself a billion times or pull in another file.
 *
 * @throws InputError(`${source}:${line}`, what the parser said) for the first well-formedness
 *   error (unclosed or mismatched tags, undefined entities, text after the root, no root).
 */
export function parseXmlTree(text: string, source: string): XmlElement {
  const parser = new SaxesParser({ position: true });
  let root: XmlElement | undefined;
  const open: { name: string; attributes: Record<string, string>; children: (XmlElement | string)[]; line: number }[] = [];
  let failure: InputError | undefined;

  parser.on("error", (error) => {
    // saxes prefixes its message with "line:column: "; the line goes into `where`.
    failure ??= new InputError(`${source}:${parser.line}`, `not well-formed XML: ${error.message.replace(/^\d+:\d+: /u, "")}`);
  });
  parser.on("opentag", (tag) => {
    if (open.length >= MAX_DEPTH) {
      failure ??= new InputError(`${source}:${parser.line}`, `elements nested more than ${MAX_DEPTH} deep (TBX needs fewer than ten)`);
      return;
    }
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) attributes[name] = typeof value === "string" ? value : value.value;
    open.push({ name: tag.name, attributes, children: [], line: parser.line });
  });
  const addText = (content: string) => open.at(-1)?.children.push(content);
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", () => {
    if (failure !== undefined) return;
    const element = open.pop();
    if (element === undefined) return;
    const parent = open.at(-1);
    if (parent === undefined) root = element;
    else parent.children.push(element);
  });

  parser.write(text.startsWith("\uFEFF") ? text.slice(1) : text);
  if (failure === undefined) parser.close();
  if (failure !== undefined) throw failure;
  if (root === undefined) throw new InputError(`${source}:1`, "not well-formed XML: the document has no root element");
  return root;
}

/** Deeper nesting is refused: reading the tree recurses, and no glossary needs it. */
const MAX_DEPTH = 64;

/** All the text inside `element` (of nested elements too, such as TBX's <hi>), trimmed. */
export function textContent(element: XmlElement): string {
  const collect = (node: XmlElement): string =>
    node.children.map((child) => (typeof child === "string" ? child : collect(child))).join("");
  return collect(element).trim();
}

/**
 * `text` escaped for XML content or a double-quoted attribute value. A carriage return is
 * written as a character reference, since a parser turns a literal CR LF into LF.
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"\r]/gu, (character) => XML_ESCAPES[character] ?? character);
}

const XML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;" };
