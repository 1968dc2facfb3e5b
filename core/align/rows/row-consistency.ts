import { UnionFind } from "../structures/union-find";

/** A pairwise alignment's beads that fall inside one row, and which sides they link. */
export interface PairingInRow {
  /** Sides (languages) this pairing links, as indices into the row's per-side lists. */
  sourceSide: number;
  targetSide: number;
  beads: readonly { source: readonly number[]; target: readonly number[] }[];
}

/**
 * Which pairings contradict the other two inside one row. A pairing P of languages A–B is
 * checked against the composition C of the other pairings (the A and B paragraphs they
 * connect, possibly through the third language):
 * - P and C must group the row's A and B paragraphs compatibly — one grouping refining
 *   the other. Finer is fine: when English pairs one paragraph with two Simplified ones,
 *   the Simplified ↔ Traditional pairing may rightly pair those two one to one;
 * - P must not leave a paragraph unmatched that C connects to the other language;
 * - nor link to the other language a paragraph that C connects, through the third
 *   language, to nothing there (en 1 ↔ zh-Hans 1 while zh-Hans 1 has no zh-Hant
 *   counterpart: an en ↔ zh-Hant bead that pairs en 1 with a zh-Hant paragraph contradicts
 *   that, even though it is "coarser"). Without a path through the third language C says
 *   nothing, and nothing is contradicted.
 *
 * Returns the indices (into `pairings`) of the contradicting pairings. With three pairings
 * one error makes every pairing contradict the composition of the other two (each such
 * composition goes through the wrong one or is compared with it), so the result says
 * *that* the row is inconsistent; `blamePairing` picks the likeliest culprit.
 */
export function findContradictingPairings(pairings: readonly PairingInRow[], sideSizes: readonly number[]): number[] {
  const offsets: number[] = [];
  let total = 0;
  for (const size of sideSizes) {
    offsets.push(total);
    total += size;
  }
  // Row-local node numbers: paragraphs are given as positions within the row per side.
  const node = (side: number, position: number) => (offsets[side] ?? 0) + position;

  const contradicting: number[] = [];
  pairings.forEach((pairing, checked) => {
    const composed = new UnionFind(total);
    pairings.forEach((other, index) => {
      if (index === checked) return;
      for (const bead of other.beads) {
        const members = [
          ...bead.source.map((position) => node(other.sourceSide, position)),
          ...bead.target.map((position) => node(other.targetSide, position)),
        ];
        for (const member of members.slice(1)) composed.union(members[0] ?? member, member);
      }
    });

    const blockOf = new Int32Array(total).fill(-1); // node → the pairing's bead index
    const sidesOf = new Map<number, Set<number>>(); // composed root → sides it holds (A or B)
    const nodes: number[] = [];
    pairing.beads.forEach((bead, index) => {
      for (const position of bead.source) nodes.push(node(pairing.sourceSide, position));
      for (const position of bead.target) nodes.push(node(pairing.targetSide, position));
      for (const position of bead.source) blockOf[node(pairing.sourceSide, position)] = index;
      for (const position of bead.target) blockOf[node(pairing.targetSide, position)] = index;
    });
    for (const bead of pairing.beads) {
      for (const position of bead.source) addSide(sidesOf, composed.find(node(pairing.sourceSide, position)), 0);
      for (const position of bead.target) addSide(sidesOf, composed.find(node(pairing.targetSide, position)), 1);
    }

    // Unmatched by P, yet connected to the other language by the composition.
    const leavesLinkedUnmatched = pairing.beads.some(
      (bead) =>
        (bead.source.length === 0 || bead.target.length === 0) &&
        [...bead.source.map((p) => node(pairing.sourceSide, p)), ...bead.target.map((p) => node(pairing.targetSide, p))].some(
          (member) => (sidesOf.get(composed.find(member))?.size ?? 0) === 2,
        ),
    );
    // Groups of C that reach the third language: there C knows who the counterparts are.
    const third = sideSizes.findIndex((_, side) => side !== pairing.sourceSide && side !== pairing.targetSide);
    const knowing = new Set<number>();
    for (let position = 0; position < (sideSizes[third] ?? 0); position++) knowing.add(composed.find(node(third, position)));
    // Linked by P across the two languages, yet C connects it to nothing in the other one.
    const linksUnlinked = pairing.beads.some(
      (bead) =>
        bead.source.length > 0 &&
        bead.target.length > 0 &&
        [...bead.source.map((p) => node(pairing.sourceSide, p)), ...bead.target.map((p) => node(pairing.targetSide, p))].some(
          (member) => knowing.has(composed.find(member)) && (sidesOf.get(composed.find(member))?.size ?? 0) < 2,
        ),
    );
    if (leavesLinkedUnmatched || linksUnlinked || !(refines(nodes, blockOf, composed) || coarsens(nodes, blockOf, composed))) {
      contradicting.push(checked);
    }
  });
  return contradicting;
}

/** Every bead of the pairing lies inside one composed group. */
function refines(nodes: readonly number[], blockOf: Int32Array, composed: UnionFind): boolean {
  const groupOfBlock = new Map<number, number>();
  for (const member of nodes) {
    const block = blockOf[member] ?? -1;
    const group = composed.find(member);
    const seen = groupOfBlock.get(block);
    if (seen === undefined) groupOfBlock.set(block, group);
    else if (seen !== group) return false;
  }
  return true;
}

/** Every composed group (restricted to the pairing's two languages) lies inside one bead. */
function coarsens(nodes: readonly number[], blockOf: Int32Array, composed: UnionFind): boolean {
  const blockOfGroup = new Map<number, number>();
  for (const member of nodes) {
    const block = blockOf[member] ?? -1;
    const group = composed.find(member);
    const seen = blockOfGroup.get(group);
    if (seen === undefined) blockOfGroup.set(group, block);
    else if (seen !== block) return false;
  }
  return true;
}

function addSide(sidesOf: Map<number, Set<number>>, root: number, side: number): void {
  const sides = sidesOf.get(root) ?? new Set<number>();
  sides.add(side);
  sidesOf.set(root, sides);
}
