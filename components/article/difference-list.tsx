import { DIFFERENCE_CLASSES } from "@/core/script-diff";
import type { RowDifference } from "@/core/reading";
import type { Translate } from "@/i18n/settings";
import { differenceCard } from "./cards";

/** Every Simplified/Traditional difference of the article, grouped by class, linked to its row. */
export function DifferenceList({ differences, t }: { differences: readonly RowDifference[]; t: Translate }) {
  if (differences.length === 0) return <p className="difference-none">{t("article:differences.none")}</p>;
  return (
    <details className="difference-list">
      <summary>
        {t("article:differences.listHeading")} · {t("article:differences.count", { count: differences.length })}
      </summary>
      {DIFFERENCE_CLASSES.map((difference) => {
        const ofClass = differences.filter((d) => d.class === difference);
        if (ofClass.length === 0) return null;
        return (
          <section key={difference} className="difference-group">
            <h2>
              <mark className={`diff diff-${difference}`}>{t(`article:classes.${difference}`)}</mark> ({ofClass.length})
            </h2>
            <ol>
              {ofClass.map((d) => (
                <li key={d.id} data-class={d.class}>
                  <a href={`#p-${d.rowAnchor}`}>{t("article:differences.rowLink", { anchor: d.rowAnchor })}</a>{" "}
                  <span lang="zh-Hans">{d.hans || "∅"}</span> ↔ <span lang="zh-Hant">{d.hant || "∅"}</span>
                  <span className="sr-only"> {differenceCard(d, t)}</span>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </details>
  );
}
