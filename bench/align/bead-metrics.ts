import type { GoldBead } from "./gold-beads";

export interface BeadScores {
  precision: number;
  recall: number;
  f1: number;
  /** Beads found, beads in the gold, beads found exactly as in the gold. */
  found: number;
  gold: number;
  correct: number;
}

/**
 * Strict bead-level precision, recall and F1: a predicted bead counts only when a gold bead
 * has exactly the same index sets on both sides; 1-0 and 0-1 beads count like any other.
 * Empty prediction and empty gold → 1 everywhere (nothing to get wrong).
 */
export function scoreBeads(predicted: readonly GoldBead[], gold: readonly GoldBead[]): BeadScores {
  const key = (bead: GoldBead) => `${bead.source.join(",")}|${bead.target.join(",")}`;
  const goldKeys = new Set(gold.map(key));
  let correct = 0;
  for (const bead of predicted) if (goldKeys.has(key(bead))) correct++;
  return tally(predicted.length, gold.length, correct);
}

/** Scores pooled over several documents (micro-averaged: each bead counts once). */
export function poolScores(parts: readonly BeadScores[]): BeadScores {
  let found = 0;
  let gold = 0;
  let correct = 0;
  for (const part of parts) {
    found += part.found;
    gold += part.gold;
    correct += part.correct;
  }
  return tally(found, gold, correct);
}

function tally(found: number, gold: number, correct: number): BeadScores {
  const precision = found === 0 ? (gold === 0 ? 1 : 0) : correct / found;
  const recall = gold === 0 ? (found === 0 ? 1 : 0) : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, found, gold, correct };
}
