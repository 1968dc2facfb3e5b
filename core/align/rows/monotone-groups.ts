import { UnionFind } from "../structures/union-find";

/**
 * Groups the paragraphs of several parallel documents ("sides") into the finest sequence
 * of blocks such that
 * - paragraphs linked together are in the same block (links are transitive),
 * - each block holds consecutive paragraphs of each side (possibly none),
 * - blocks are in document order on every side at once (no two blocks cross).
 *
 * `counts[s]` is the number of paragraphs of side s; a link is a list of
 * [side, index] paragraphs (0-based) that belong together. Returns the blocks in order,
 * each as per-side ascending index arrays; every paragraph is in exactly one block.
 * No paragraphs at all → [].
 *
 * How: union-find over the links; then, to a fixed point, (1) fill gaps — a block holding
 * paragraphs 3 and 5 of a side absorbs 4 — and (2) merge blocks whose order conflicts
 * between sides: each side orders its blocks into a chain, and a cycle in the union of the
 * chains (a strongly connected component) is a crossing, which only one block can hold.
 * The remaining order is a topological sort of the chains, ties broken by relative
 * position in the documents, so unmatched paragraphs stay where they were.
 */
export function groupMonotone(counts: readonly number[], links: readonly (readonly (readonly [number, number])[])[]): number[][][] {
  const offsets: number[] = [];
  let total = 0;
  for (const count of counts) {
    offsets.push(total);
    total += count;
  }
  if (total === 0) return [];
  const node = (side: number, index: number) => (offsets[side] ?? 0) + index;
  const sets = new UnionFind(total);
  for (const link of links) {
    const [first, ...rest] = link;
    if (first === undefined) continue;
    for (const other of rest) sets.union(node(first[0], first[1]), node(other[0], other[1]));
  }

  for (;;) {
    fillGaps(sets, counts, offsets);
    const chains = sideChains(sets, counts, offsets);
    if (!mergeCycles(sets, chains)) break;
  }
  return orderBlocks(sets, counts, offsets);
}

/** Until nothing changes: every block absorbs the paragraphs between its first and last on each side. */
function fillGaps(sets: UnionFind, counts: readonly number[], offsets: readonly number[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const [side, count] of counts.entries()) {
      const base = offsets[side] ?? 0;
      const last = new Map<number, number>(); // root → last index on this side
      for (let index = 0; index < count; index++) last.set(sets.find(base + index), index);
      let openRoot = -1;
      let openUntil = -1;
      for (let index = 0; index < count; index++) {
        const root = sets.find(base + index);
        if (index <= openUntil && root !== sets.find(openRoot)) {
          const reach = Math.max(openUntil, last.get(root) ?? index);
          sets.union(openRoot, base + index);
          openRoot = sets.find(openRoot);
          openUntil = reach;
          changed = true;
        } else if (index > openUntil) {
          openRoot = root;
          openUntil = last.get(root) ?? index;
        }
      }
    }
  }
}

/** For each side, its blocks (roots) in order of appearance; after fillGaps each appears once. */
function sideChains(sets: UnionFind, counts: readonly number[], offsets: readonly number[]): number[][] {
  return counts.map((count, side) => {
    const chain: number[] = [];
    for (let index = 0; index < count; index++) {
      const root = sets.find((offsets[side] ?? 0) + index);
      if (chain.at(-1) !== root) chain.push(root);
    }
    return chain;
  });
}

/**
 * Merges the blocks of every strongly connected component of the graph whose edges are
 * consecutive blocks of each chain. True when anything was merged. Iterative Tarjan, so
 * tens of thousands of blocks cannot overflow the stack.
 */
function mergeCycles(sets: UnionFind, chains: readonly number[][]): boolean {
  const successors = new Map<number, number[]>();
  for (const chain of chains) {
    for (let position = 0; position < chain.length; position++) {
      const from = chain[position] ?? 0;
      if (!successors.has(from)) successors.set(from, []);
      const to = chain[position + 1];
      if (to !== undefined) successors.get(from)?.push(to);
    }
  }
  const indexOf = new Map<number, number>();
  const lowLink = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  let counter = 0;
  let merged = false;

  for (const start of successors.keys()) {
    if (indexOf.has(start)) continue;
    const work: [vertex: number, next: number][] = [[start, 0]];
    indexOf.set(start, counter);
    lowLink.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame === undefined) break;
      const [vertex, next] = frame;
      const edges = successors.get(vertex) ?? [];
      if (next < edges.length) {
        frame[1] = next + 1;
        const target = edges[next] ?? vertex;
        if (!indexOf.has(target)) {
          indexOf.set(target, counter);
          lowLink.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push([target, 0]);
        } else if (onStack.has(target)) {
          lowLink.set(vertex, Math.min(lowLink.get(vertex) ?? 0, indexOf.get(target) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) {
        lowLink.set(parent[0], Math.min(lowLink.get(parent[0]) ?? 0, lowLink.get(vertex) ?? 0));
      }
      if (lowLink.get(vertex) === indexOf.get(vertex)) {
        for (;;) {
          const member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          if (member !== vertex && sets.union(vertex, member)) merged = true;
          if (member === vertex) break;
        }
      }
    }
  }
  return merged;
}

/** Blocks in an order every side agrees with (Kahn's algorithm over the chains). */
function orderBlocks(sets: UnionFind, counts: readonly number[], offsets: readonly number[]): number[][][] {
  const blocks = new Map<number, number[][]>();
  const position = new Map<number, number>(); // root → earliest relative position in any side
  for (const [side, count] of counts.entries()) {
    for (let index = 0; index < count; index++) {
      const root = sets.find((offsets[side] ?? 0) + index);
      let block = blocks.get(root);
      if (block === undefined) {
        block = counts.map(() => []);
        blocks.set(root, block);
      }
      block[side]?.push(index);
      const relative = (index + 0.5) / count;
      position.set(root, Math.min(position.get(root) ?? Infinity, relative));
    }
  }

  const chains = sideChains(sets, counts, offsets);
  const waiting = new Map<number, number>(); // root → predecessors not yet placed
  const successors = new Map<number, number[]>();
  for (const root of blocks.keys()) waiting.set(root, 0);
  for (const chain of chains) {
    for (let at = 1; at < chain.length; at++) {
      const from = chain[at - 1] ?? 0;
      const to = chain[at] ?? 0;
      successors.set(from, [...(successors.get(from) ?? []), to]);
      waiting.set(to, (waiting.get(to) ?? 0) + 1);
    }
  }
  const ready = new MinHeap<number>((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0) || a - b);
  for (const [root, count] of waiting) if (count === 0) ready.push(root);
  const ordered: number[][][] = [];
  for (let root = ready.pop(); root !== undefined; root = ready.pop()) {
    ordered.push(blocks.get(root) ?? []);
    for (const next of successors.get(root) ?? []) {
      const left = (waiting.get(next) ?? 0) - 1;
      waiting.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  if (ordered.length !== blocks.size) throw new Error("aligned blocks still cross after merging cycles");
  return ordered;
}

class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly compare: (a: T, b: T) => number) {}

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let child = items.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (this.compare(items[child] as T, items[parent] as T) >= 0) break;
      [items[child], items[parent]] = [items[parent] as T, items[child] as T];
      child = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let parent = 0;
      for (;;) {
        const left = parent * 2 + 1;
        const right = left + 1;
        let smallest = parent;
        if (left < items.length && this.compare(items[left] as T, items[smallest] as T) < 0) smallest = left;
        if (right < items.length && this.compare(items[right] as T, items[smallest] as T) < 0) smallest = right;
        if (smallest === parent) break;
        [items[smallest], items[parent]] = [items[parent] as T, items[smallest] as T];
        parent = smallest;
      }
    }
    return top;
  }
}
