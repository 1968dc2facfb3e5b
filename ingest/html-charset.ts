import { decodeDeclared, decodeText, type DecodedText } from "./decode";
import { decodeStrictly } from "./strict-decode";

/**
 * Encoding declared inside an HTML page, found the way browsers pre-scan: the page's first
 * bytes read as ASCII, comments skipped, the first `<meta charset=…>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">` (or an XML declaration's
 * `encoding`). We scan more than a browser's 1,024 bytes because saved pages often put
 * long inline scripts first.
 */
const PRESCAN_BYTES = 8192;

/** The declared label as written (e.g. "gbk", "Big5"), or null when the page declares none. */
export function findDeclaredCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?-->/g, "");
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml?.[1] !== undefined) return xml[1].trim();
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = /\bcharset\s*=\s*["']?\s*([^\s"'/>;]+)/i.exec(tag);
    if (charset?.[1] === undefined) continue;
    const isDirect = /^<meta\s[^>]*?\bcharset\s*=/i.test(tag) && !/\bcontent\s*=\s*["'][^"']*charset/i.test(tag);
    const isHttpEquiv = /\bhttp-equiv\s*=\s*["']?content-type/i.test(tag);
    if (isDirect || isHttpEquiv) return charset[1];
  }
  return null;
}

const BOM_PREFIXES = [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]] as const;

/**
 * Decodes an HTML page: a byte-order mark wins; else the declared charset, if Node knows it
 * and the bytes are valid in it; else detection as for any text (`decodeText`).
 *
 * Two corrections, both what browsers do or what real pages need: a declared UTF-16 is
 * read as UTF-8 (a declaration readable as ASCII cannot be UTF-16), and a page whose
 * non-ASCII bytes are valid UTF-8 is read as UTF-8 whatever it declares — templates copied
 * from older sites often keep a stale "gb2312" or "iso-8859-1", while legacy-encoded
 * Chinese that happens to be valid UTF-8 does not occur beyond a few bytes.
 */
export function decodeHtmlBytes(bytes: Uint8Array, where: string): DecodedText {
  const hasBom = BOM_PREFIXES.some((bom) => bom.every((byte, i) => bytes[i] === byte));
  const declared = hasBom ? null : findDeclaredCharset(bytes);
  if (declared === null) return decodeText(bytes, where);
  const label = /^utf-?16/i.test(declared) ? "utf-8" : declared;
  const validUtf8 = bytes.some((byte) => byte >= 0x80) && decodeStrictly(bytes, "utf-8") !== null;
  return (validUtf8 ? null : decodeDeclared(bytes, label, where)) ?? decodeText(bytes, where);
}
