/**
 * A trie over code points stored in flat typed arrays: an open-addressing hash table from
 * (node, code point) to child node. Built once from a word list; lookups allocate nothing,
 * which is what makes segmenting a million characters take tens of milliseconds rather
 * than the seconds that substring-and-Map lookups take.
 *
 * Node 0 is the root. `wordAt[node]` is the index of the word ending at that node, or −1.
 */
export interface CharTrie {
  /** Hash table size − 1 (the size is a power of two). */
  mask: number;
  parents: Int32Array;
  codes: Int32Array;
  /** Child node per slot; −1 for an empty slot. */
  children: Int32Array;
  wordAt: Int32Array;
  /** Longest word, in code points. */
  maxLength: number;
}

/**
 * Builds the trie of `words` (word i gets index i; a repeated word keeps its first index).
 * Empty words are ignored.
 */
export function buildCharTrie(words: readonly string[]): CharTrie {
  let characters = 0;
  for (const word of words) characters += word.length;
  let size = 1024;
  while (size < characters * 2) size *= 2;
  const trie: CharTrie = {
    mask: size - 1,
    parents: new Int32Array(size),
    codes: new Int32Array(size),
    children: new Int32Array(size).fill(-1),
    wordAt: new Int32Array(characters + 1).fill(-1),
    maxLength: 0,
  };
  let nodes = 1;
  words.forEach((word, index) => {
    let node = 0;
    let length = 0;
    for (const character of word) {
      const code = character.codePointAt(0) ?? 0;
      let child = childOf(trie, node, code);
      if (child < 0) {
        child = nodes++;
        insert(trie, node, code, child);
      }
      node = child;
      length++;
    }
    if (length === 0) return;
    if ((trie.wordAt[node] ?? -1) < 0) trie.wordAt[node] = index;
    trie.maxLength = Math.max(trie.maxLength, length);
  });
  return trie;
}

/** The child of `node` by `code`, or −1. */
export function childOf(trie: CharTrie, node: number, code: number): number {
  let slot = hash(node, code) & trie.mask;
  for (;;) {
    const child = trie.children[slot] ?? -1;
    if (child < 0) return -1;
    if (trie.parents[slot] === node && trie.codes[slot] === code) return child;
    slot = (slot + 1) & trie.mask;
  }
}

function insert(trie: CharTrie, node: number, code: number, child: number): void {
  let slot = hash(node, code) & trie.mask;
  while ((trie.children[slot] ?? -1) >= 0) slot = (slot + 1) & trie.mask;
  trie.parents[slot] = node;
  trie.codes[slot] = code;
  trie.children[slot] = child;
}

function hash(node: number, code: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca77)) >>> 0;
}

/**
 * Forward maximum matching: the longest word of the trie starting at each position, left
 * to right. Calls `emit(word, start, end)` (UTF-16 offsets, end exclusive) for each word
 * found; characters that start no word are skipped.
 */
export function segmentLongestFirst(
  trie: CharTrie,
  text: string,
  emit: (word: number, start: number, end: number) => void,
): void {
  let position = 0;
  while (position < text.length) {
    let node = 0;
    let cursor = position;
    let word = -1;
    let wordEnd = position;
    while (cursor < text.length) {
      const code = text.codePointAt(cursor) ?? 0;
      const child = childOf(trie, node, code);
      if (child < 0) break;
      node = child;
      cursor += code > 0xffff ? 2 : 1;
      const found = trie.wordAt[node] ?? -1;
      if (found >= 0) {
        word = found;
        wordEnd = cursor;
      }
    }
    if (word >= 0) {
      emit(word, position, wordEnd);
      position = wordEnd;
    } else {
      position += (text.codePointAt(position) ?? 0) > 0xffff ? 2 : 1;
    }
  }
}
