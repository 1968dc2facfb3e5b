/**
 * Dense ids for non-negative integer keys (below 2^31): an open-addressing hash table in
 * typed arrays, several times faster than a Map for the millions of character bigrams of
 * a long document, and without its per-entry memory.
 */
export class IntIds {
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 32) {
    // Small to start: many tables hold a sentence's words, and the table grows as needed.
    let capacity = 64;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Int32Array(capacity).fill(-1);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The id of `key`, or −1 when it has none. */
  get(key: number): number {
    let slot = hash(key) & this.mask;
    for (;;) {
      const found = this.keys[slot] ?? -1;
      if (found === key) return this.values[slot] ?? -1;
      if (found === -1) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The id of `key`, giving it the next id (0, 1, 2, …) if it has none. */
  add(key: number): number {
    let slot = hash(key) & this.mask;
    for (;;) {
      const found = this.keys[slot] ?? -1;
      if (found === key) return this.values[slot] ?? -1;
      if (found === -1) break;
      slot = (slot + 1) & this.mask;
    }
    const id = this.size++;
    this.keys[slot] = key;
    this.values[slot] = id;
    if (this.size * 2 > this.keys.length) this.grow();
    return id;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot] ?? -1;
      if (key === -1) continue;
      let target = hash(key) & this.mask;
      while ((this.keys[target] ?? -1) !== -1) target = (target + 1) & this.mask;
      this.keys[target] = key;
      this.values[target] = values[slot] ?? 0;
    }
  }
}

function hash(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 0;
}
