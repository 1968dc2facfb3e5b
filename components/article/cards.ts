import type { Term } from "@/core/glossary";
import type { RowDifference } from "@/core/reading";
import type { DifferenceClass } from "@/core/script-diff";
import type { Translate } from "@/i18n/settings";

/**
 * The texts of the hover/focus cards, computed once per page on the server (in the reader's
 * language) and handed to the client once, instead of repeating them on every mark.
 */
export interface CardTexts {
  /** Indexed by difference id. */
  differences: string[];
  /** Indexed by term index: the card for a preferred, an allowed and a forbidden rendering. */
  terms: { preferred: string; allowed: string; forbidden: string }[];
}

export function cardTexts(differences: readonly RowDifference[], terms: readonly Term[], t: Translate): CardTexts {
  return {
    differences: differences.map((difference) => differenceCard(difference, t)),
    terms: terms.map((term) => {
      const values = { english: term.english[0] ?? "", hans: term.hansPreferred, hant: term.hantPreferred };
      const note = term.note ? `\n${term.note}` : "";
      return {
        preferred: t("article:card.term", values) + note,
        allowed: t("article:card.termAllowed", values) + note,
        forbidden: t("article:card.termForbidden", values) + note,
      };
    }),
  };
}

/** "SC 软件 ↔ TC 軟體 — Taiwan regional term (OpenCC)" */
export function differenceCard(difference: RowDifference, t: Translate): string {
  return t("article:card.difference", { hans: difference.hans || "∅", hant: difference.hant || "∅", label: classLabel(difference, t) });
}

function classLabel(difference: RowDifference, t: Translate): string {
  const kind: DifferenceClass = difference.class;
  switch (kind) {
    case "regional-variant":
      if (difference.region === "tw") return t("article:card.regionTw");
      if (difference.region === "hk") return t("article:card.regionHk");
      return t("article:card.regionAny");
    case "variant-form":
    case "divergent-wording":
    case "omission":
    case "addition":
      return t(`article:classHints.${kind}`);
    default: {
      const unhandled: never = kind;
      return unhandled;
    }
  }
}
