/**
 * A number as a sentence states it, for comparing a translation's numbers with the
 * original's: what it is written as, which values it allows, and whether a translation that
 * leaves it out should be questioned.
 */
export interface NumberMention {
  /** As the text writes it: "$4.2 billion", "15%", "百分之十五", "十二万多". */
  written: string;
  /** The figure itself, magnitude included, before any qualifier widens it: 十多万 → 100000. */
  value: number;
  /** UTF-16 offsets of `written` in the text, `end` exclusive. */
  start: number;
  end: number;
  /**
   * The values the mention allows, each a closed interval: the figure itself, widened by
   * an approximation ("about", 约, 左右), a bound ("more than", 多, 以上, "nearly", 不到) or a
   * range (3至5), and any other reading of the same words (1990s → 90; 2022-23 → 2023;
   * 三分之一 → 33 per cent; "$3m" → 3 million).
   */
  readings: NumberInterval[];
  /**
   * A number the text states plainly enough that a translation without it is worth a
   * reviewer's look: digits, and English number words from ten up. Small number words
   * ("two", "first"), a lone 一, month names, times of day, list numbering and digits inside
   * codes (5G, COVID-19) are not firm: they still match, but are never missed.
   */
  firm: boolean;
}

export interface NumberInterval {
  low: number;
  high: number;
}

/** How far a qualifier widens a figure; see `widen`. */
export type NumberQualifier = "exact" | "about" | "at-least" | "at-most";

/**
 * The interval a figure and its qualifier allow. "About" is ±10%; a lower bound ("more
 * than 40,000", 四万多, 十多万) reaches to twice the figure, which covers 十多万 =
 * 100,000–199,999 and every "-plus"; an upper bound ("nearly", 不到) reaches down to half.
 * Generous on purpose: a check that must rarely cry wolf lets any reading of a vague figure
 * agree.
 */
export function widen(value: number, qualifier: NumberQualifier): NumberInterval {
  switch (qualifier) {
    case "exact":
      return { low: value, high: value };
    case "about":
      return { low: value * 0.9, high: value * 1.1 };
    case "at-least":
      return { low: value, high: value * 2 };
    case "at-most":
      return { low: value / 2, high: value };
    default: {
      const unreachable: never = qualifier;
      return unreachable;
    }
  }
}

/** Whether two mentions can state the same number: some reading of one overlaps some reading of the other. */
export function mentionsAgree(a: Pick<NumberMention, "readings">, b: Pick<NumberMention, "readings">): boolean {
  return a.readings.some((x) => b.readings.some((y) => overlaps(x, y)));
}

/** Values equal up to floating-point noise (0.1 + 0.2, 3.5 × 10^8) count as touching. */
function overlaps(x: NumberInterval, y: NumberInterval): boolean {
  const slack = 1e-9 * Math.max(Math.abs(x.high), Math.abs(y.high), 1);
  return x.low <= y.high + slack && y.low <= x.high + slack;
}

/** A mention that can match but is never missed, read as `readings` (the first is its value). */
export function softMention(written: string, start: number, readings: NumberInterval[]): NumberMention {
  return { written, value: readings[0]?.low ?? 0, start, end: start + written.length, readings, firm: false };
}

export function exactly(value: number): NumberInterval {
  return { low: value, high: value };
}

/** A percentage computed from a fraction (三分之一 → 33.33…) agrees with the whole number it rounds to and its one-decimal forms. */
export function roundedPercent(percent: number): NumberInterval {
  return { low: percent - 0.5, high: percent + 0.5 };
}

/**
 * Two mentions joined as a range ("3-5", "three to five", 3至5, "between 3 and 5"): each
 * also allows the whole range; the left end takes the right end's magnitude when it has
 * none of its own (3至5万 is 30,000–50,000, "3 to 5 million" 3–5 million), and a two-digit
 * right end after a year is that year's century ("2022-23" → 2023).
 */
export function joinRange(left: NumberMention, right: NumberMention, rightMagnitude: number, leftHasMagnitude: boolean): void {
  let low = left.value;
  let high = right.value;
  if (rightMagnitude > 1 && !leftHasMagnitude && left.value * rightMagnitude <= right.value) {
    low = left.value * rightMagnitude;
    left.readings.push(exactly(low));
  }
  if (isYear(left.value) && Number.isInteger(right.value) && right.value < 100) {
    high = Math.floor(left.value / 100) * 100 + right.value;
    right.readings.push(exactly(high));
  }
  const span = { low: Math.min(low, high), high: Math.max(low, high) };
  left.readings.push(span);
  right.readings.push(span);
}

function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1000 && value < 3000;
}
