import type { StoredFlag } from "@/core/flag-reports";
import { flagExplanation } from "@/core/flags";
import type { Translate } from "@/i18n/settings";

/** A flag's one-line explanation in the reader's UI language (wording in locales/<lng>/flags.json). */
export function explainFlag(flag: StoredFlag, t: Translate): string {
  const { key, values } = flagExplanation(flag);
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
