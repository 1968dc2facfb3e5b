import { UNCERTAIN_CONFIDENCE_BELOW } from "@/core/article";

/** The reason kinds the reader's interface has words for (locales/<lng>/article.json). */
export type ReasonKind = "pairings-disagree" | "unmatched" | "low-length-fit" | "low-similarity";

export type DescribedReason = { kind: ReasonKind; detail: string | null } | { kind: "other"; text: string };

export interface ConfidenceDescription {
  uncertain: boolean;
  /** Confidence as a whole percentage, 0–100. */
  percent: number;
  reasons: DescribedReason[];
}

const KNOWN_KINDS: ReadonlySet<string> = new Set<ReasonKind>(["pairings-disagree", "unmatched", "low-length-fit", "low-similarity"]);

/**
 * How to present a row's confidence: whether to mark it uncertain, its percentage, and its
 * reason strings ("kind:detail", see `RowReason` in core/align) split into a kind the interface
 * can translate plus the detail (a language or a language pair). A reason of a kind the
 * interface has no words for (e.g. one stored by an older version)
 * comes back as `other` with its raw text rather than being dropped.
 */
export function describeConfidence(row: { confidence: number; reasons: readonly string[] }): ConfidenceDescription {
  return {
    uncertain: row.confidence < UNCERTAIN_CONFIDENCE_BELOW,
    percent: Math.round(Math.min(1, Math.max(0, row.confidence)) * 100),
    reasons: row.reasons.map(describeReason),
  };
}

function describeReason(reason: string): DescribedReason {
  const colon = reason.indexOf(":");
  const kind = colon === -1 ? reason : reason.slice(0, colon);
  if (!isReasonKind(kind)) return { kind: "other", text: reason };
  return { kind, detail: colon === -1 ? null : reason.slice(colon + 1) };
}

function isReasonKind(kind: string): kind is ReasonKind {
  return KNOWN_KINDS.has(kind);
}
