import type { StoredFlag } from "@/core/flag-reports";
import type { Translate } from "@/i18n/settings";
import { flagCardLine } from "@/components/flags/flag-wording";

/**
 * The marker of a row's flags, in its gutter: a count, its card (every flag's kind, version,
 * explanation and decision, one per line) shown on hover and on focus by ArticleInteractions.
 * Focusable but no Tab stop (tabindex -1), like the row's other items: ← / → reach it.
 * Drawn muted when every flag of the row has been reviewed.
 */
export function FlagMarker({ flags, t }: { flags: readonly StoredFlag[]; t: Translate }) {
  if (flags.length === 0) return null;
  const open = flags.some((flag) => flag.review.status === "open");
  return (
    <span
      className={open ? "flag-marker" : "flag-marker flag-marker-reviewed"}
      tabIndex={-1}
      role="img"
      aria-label={t("review:marker.label", { count: flags.length })}
      data-card={flags.map((flag) => flagCardLine(flag, t)).join("\n")}
      data-flags={flags.length}
    >
      <span aria-hidden="true">⚑{flags.length}</span>
    </span>
  );
}
