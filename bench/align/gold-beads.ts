import type { VerseAlignment } from "./bible-data";

/** A bead as the benchmark compares it: the paragraph (or verse) indices of each side. */
export interface GoldBead {
  source: number[];
  target: number[];
}

/**
 * The gold beads of two documents built from verses: the finest grouping in which every
 * reference verse group's paragraphs share a bead (union of the links). `sourceOf[v]` is the
 * document paragraph holding source verse v, or -1 when the verse is not in the document
 * (outside the window, dropped, or empty); likewise `targetOf`. A paragraph no group links
 * to the other side is a 1-0 or 0-1 bead. Beads come back sorted by their first index.
 */
export function goldBeads(
  alignment: VerseAlignment,
  sourceOf: Int32Array,
  targetOf: Int32Array,
  sourceCount: number,
  targetCount: number,
): GoldBead[] {
  const parent = new Int32Array(sourceCount + targetCount);
  for (let index = 0; index < parent.length; index++) parent[index] = index;
  const find = (node: number): number => {
    let current = node;
    while ((parent[current] ?? current) !== current) {
      const next = parent[current] ?? current;
      parent[current] = parent[next] ?? next;
      current = next;
    }
    return current;
  };
  const union = (a: number, b: number) => {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA !== rootB) parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  };
  for (const group of alignment.groups) {
    const nodes: number[] = [];
    for (const verse of group.source) {
      const paragraph = sourceOf[verse] ?? -1;
      if (paragraph >= 0) nodes.push(paragraph);
    }
    for (const verse of group.target) {
      const paragraph = targetOf[verse] ?? -1;
      if (paragraph >= 0) nodes.push(sourceCount + paragraph);
    }
    for (const node of nodes.slice(1)) union(nodes[0] ?? node, node);
  }
  const beads = new Map<number, GoldBead>();
  for (let node = 0; node < parent.length; node++) {
    const root = find(node);
    let bead = beads.get(root);
    if (bead === undefined) {
      bead = { source: [], target: [] };
      beads.set(root, bead);
    }
    if (node < sourceCount) bead.source.push(node);
    else bead.target.push(node - sourceCount);
  }
  return [...beads.values()].sort(
    (a, b) => (a.source[0] ?? Infinity) - (b.source[0] ?? Infinity) || (a.target[0] ?? Infinity) - (b.target[0] ?? Infinity),
  );
}
