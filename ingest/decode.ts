import { InputError } from "../core/errors";
import { decodeLegacyChinese } from "./legacy-chinese";
import { decodeStrictly, resolveEncodingLabel } from "./strict-decode";

/** The text of a file and the encoding it was read in ("UTF-8", "UTF-16LE", "GB18030", "Big5", …). */
export interface DecodedText {
  /** The decoded text, without a byte-order mark; line endings untouched. */
  text: string;
  encoding: string;
}

const BYTE_ORDER_MARKS = [
  { bytes: [0xef, 0xbb, 0xbf], label: "utf-8", name: "UTF-8" },
  { bytes: [0xff, 0xfe], label: "utf-16le", name: "UTF-16LE" },
  { bytes: [0xfe, 0xff], label: "utf-16be", name: "UTF-16BE" },
] as const;

/** A text file has almost no C0 control characters besides tab, line feed, form feed, CR. */
const CONTROL_CHAR = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;
const MAX_CONTROL_SHARE = 0.02;

export const NOT_TEXT_MESSAGE = "the file is not valid UTF-8, UTF-16, GB18030 or Big5 text";
export const EMPTY_MESSAGE = "the file is empty";
export const BINARY_MESSAGE = "the file looks like a binary file, not text";
export const NUL_BYTE_MESSAGE = "the file looks like a binary file, not text (it holds a NUL byte and has no UTF-16 byte-order mark)";

/**
 * Decodes the bytes of a text file whose encoding nobody declared.
 *
 * Order: a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE); else strict UTF-8; else
 * GB18030 or Big5, chosen by `decodeLegacyChinese`.
 *
 * Bytes with a NUL and no UTF-16 byte-order mark are binary. (Guessing unmarked UTF-16
 * from where the zeros fall read any even-length file with one NUL byte as UTF-16BE
 * garbage and stored it; every editor that writes UTF-16 writes the mark.)
 *
 * @throws InputError(where, …) — "the file is empty" (no bytes, or only whitespace),
 *   "… looks like a binary file, not text" (a NUL byte without a UTF-16 mark, or many
 *   control characters), "… is not valid UTF-8, UTF-16, GB18030 or Big5 text".
 */
export function decodeText(bytes: Uint8Array, where: string): DecodedText {
  if (bytes.length === 0) throw new InputError(where, EMPTY_MESSAGE);
  const bom = BYTE_ORDER_MARKS.find((mark) => mark.bytes.every((byte, i) => bytes[i] === byte));
  if (bom !== undefined) {
    const text = decodeStrictly(bytes, bom.label);
    if (text === null) throw new InputError(where, NOT_TEXT_MESSAGE);
    return checkedText({ text, encoding: bom.name }, where);
  }
  if (bytes.includes(0)) throw new InputError(where, NUL_BYTE_MESSAGE);
  if (controlShare(bytes) > MAX_CONTROL_SHARE) throw new InputError(where, BINARY_MESSAGE);
  const utf8 = decodeStrictly(bytes, "utf-8");
  if (utf8 !== null) return checkedText({ text: utf8, encoding: "UTF-8" }, where);
  const legacy = decodeLegacyChinese(bytes);
  if (legacy !== null) return checkedText(legacy, where);
  throw new InputError(where, NOT_TEXT_MESSAGE);
}

/**
 * Decodes with an encoding someone declared (an HTML `<meta charset>`), strictly.
 * Returns null when the label is unknown or the bytes are not valid in it, so the caller
 * can fall back to detection; throws only for empty or binary content.
 */
export function decodeDeclared(bytes: Uint8Array, label: string, where: string): DecodedText | null {
  const encoding = resolveEncodingLabel(label);
  if (encoding === null) return null;
  const text = decodeStrictly(bytes, encoding);
  if (text === null) return null;
  return checkedText({ text, encoding: displayName(encoding) }, where);
}

/** WHATWG names in the spelling people know; the gbk decoder is GB18030's. */
function displayName(whatwgName: string): string {
  switch (whatwgName) {
    case "utf-8":
      return "UTF-8";
    case "utf-16le":
      return "UTF-16LE";
    case "utf-16be":
      return "UTF-16BE";
    case "gbk":
    case "gb18030":
      return "GB18030";
    case "big5":
      return "Big5";
    default:
      return whatwgName;
  }
}

function checkedText(decoded: DecodedText, where: string): DecodedText {
  const text = decoded.text.replace(/^\ufeff/, "");
  if (text.trim() === "") throw new InputError(where, EMPTY_MESSAGE);
  const controls = text.match(CONTROL_CHAR)?.length ?? 0;
  if (text.includes("\u0000") || controls / text.length > MAX_CONTROL_SHARE) {
    throw new InputError(where, BINARY_MESSAGE);
  }
  return { text, encoding: decoded.encoding };
}

/** Share of bytes that are C0 controls other than tab, LF, FF, CR (multi-byte CJK never uses them). */
function controlShare(bytes: Uint8Array): number {
  let controls = 0;
  // An indexed loop: the array iterator costs a third of a second on a few megabytes.
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) controls++;
  }
  return controls / bytes.length;
}
