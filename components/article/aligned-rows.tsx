import type { StoredRow } from "@/core/article";
import type { StoredFlag } from "@/core/flag-reports";
import { describeConfidence } from "./confidence";
import type { ContentLanguage } from "@/core/languages";
import { paragraphKey, type ArticleAnalysis, rowSentences } from "@/core/reading";
import type { Translate } from "@/i18n/settings";
import { FlagMarker } from "./flag-marker";
import { MarkedText } from "./marked-text";

interface AlignedRowsProps {
  rows: StoredRow[];
  languages: ContentLanguage[];
  analysis: ArticleAnalysis;
  /** The revision's flags by row anchor (rows without flags are absent). */
  flagsByAnchor: ReadonlyMap<number, StoredFlag[]>;
  t: Translate;
}

/**
 * The aligned rows as a grid: one column per language present, one grid row per aligned
 * group, an empty cell where a language has no paragraph in that group. On narrow screens
 * (CSS) each row stacks its languages, each cell labelled with its language.
 */
export function AlignedRows({ rows, languages, analysis, flagsByAnchor, t }: AlignedRowsProps) {
  return (
    <div className="aligned" style={{ ["--columns" as string]: languages.length }} role="table" aria-label={t("article:rowsHeading")} aria-describedby="keyboard-hint">
      <div className="aligned-head" role="row">
        <span className="row-gutter" role="columnheader" />
        {languages.map((language) => (
          <span key={language} role="columnheader" lang={language} className="column-heading" data-lang={language}>
            {t(`common:languageNames.${language}`)}
          </span>
        ))}
      </div>
      {rows.map((row) => (
        <AlignedRow key={row.anchor} row={row} languages={languages} analysis={analysis} flagsByAnchor={flagsByAnchor} t={t} />
      ))}
    </div>
  );
}

function AlignedRow({ row, languages, analysis, flagsByAnchor, t }: { row: StoredRow } & Omit<AlignedRowsProps, "rows">) {
  const confidence = describeConfidence(row);
  const flags = flagsByAnchor.get(row.anchor) ?? [];
  const marks = analysis.marks.get(row.anchor);
  const sentences = rowSentences(row);
  return (
    <section
      id={`p-${row.anchor}`}
      className="aligned-row"
      role="row"
      tabIndex={0}
      aria-label={
        flags.length === 0 ? t("article:rowLabel", { anchor: row.anchor }) : t("review:rowWithFlags", { anchor: row.anchor, count: flags.length })
      }
      data-anchor={row.anchor}
      data-confidence={row.confidence.toFixed(2)}
    >
      <div className="row-gutter" role="rowheader">
        <a href={`#p-${row.anchor}`} className="row-link" title={t("article:permalink")} tabIndex={-1}>
          {row.anchor}
        </a>
        {confidence.uncertain && (
          <span
            className="confidence-marker"
            tabIndex={-1}
            role="img"
            aria-label={t("article:lowConfidence", { percent: confidence.percent })}
            data-card={[
              t("article:lowConfidence", { percent: confidence.percent }),
              ...confidence.reasons.map((reason) =>
                reason.kind === "other" ? reason.text : `${t(`article:reasons.${reason.kind}`)}${reason.detail ? ` (${reason.detail})` : ""}`,
              ),
            ].join("\n")}
          >
            ?
          </span>
        )}
        <FlagMarker flags={flags} t={t} />
      </div>
      {languages.map((language) => {
        const paragraphs = row.paragraphs[language];
        return (
          <div key={language} role="cell" lang={language} className={paragraphs.length === 0 ? "cell cell-empty" : "cell"} data-lang={language}>
            <span className="cell-language">{t(`common:languageNames.${language}`)}</span>
            {paragraphs.length === 0 ? (
              <span className="empty-note">{t("article:emptyCell")}</span>
            ) : (
              paragraphs.map((paragraph) => (
                <p key={paragraph.position} data-position={paragraph.position}>
                  <MarkedText
                    text={paragraph.text}
                    marks={marks?.get(paragraphKey(language, paragraph.position)) ?? []}
                    sentences={sentences.get(paragraphKey(language, paragraph.position))}
                  />
                </p>
              ))
            )}
          </div>
        );
      })}
    </section>
  );
}
