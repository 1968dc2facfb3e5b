import type { StoredFlag } from "@/core/flag-reports";
import { flagExplanation } from "@/core/flags";
import { isContentLanguage } from "@/core/languages";
import type { Translate } from "@/i18n/settings";
import { describeConfidence } from "@/components/article/confidence";

/**
 * A flag's one-line explanation in the reader's UI language (wording in locales/<lng>/flags.json).
 * A doubtful alignment's reasons are worded as the row's confidence marker words them
 * ("a paragraph with no counterpart (Traditional Chinese)"), not as stored ("unmatched:zh-Hant").
 */
export function explainFlag(flag: StoredFlag, t: Translate): string {
  const { key, values } = flagExplanation(flag);
  if (flag.kind === "alignment-doubt" && flag.details.reasons !== undefined && flag.details.reasons.length > 0) {
    values.reasons = describeConfidence({ confidence: flag.details.confidence ?? 0, reasons: flag.details.reasons })
      .reasons.map((reason) => {
        if (reason.kind === "other") return reason.text;
        const worded = t(`article:reasons.${reason.kind}`);
        if (reason.detail === null) return worded;
        const detail = isContentLanguage(reason.detail) ? t(`common:languageNames.${reason.detail}`) : reason.detail;
        return t("review:reasonDetail", { reason: worded, detail });
      })
      .join(t("review:reasonSeparator"));
  }
  return t(`flags:${key}`, values);
}

/**
 * A flag as one line of a marker's card: kind, version and explanation, and the decision when
 * one was taken ("Forbidden rendering · Simplified Chinese: … (Dismissed by Mei)").
 */
export function flagCardLine(flag: StoredFlag, t: Translate): string {
  const line = t("review:marker.line", {
    kind: t(`flags:kind.${flag.kind}`),
    language: t(`common:languageNames.${flag.language}`),
    explanation: explainFlag(flag, t),
  });
  const { status, reviewedBy } = flag.review;
  if (status === "open") return line;
  return `${line} ${t("review:marker.reviewed", { status: t(`review:statuses.${status}`), who: reviewedBy ?? "" })}`;
}

/** A review's time as people read it, the same for every reader: "2026-12-01 10:00 UTC". */
export function formatReviewTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
