import type { RowView } from "@/core/article";
import type { Translate } from "@/i18n/settings";
import type { ContentLanguage } from "@/core/languages";
import { describeConfidence } from "@/core/align/confidence";

/**
 * The aligned rows as a grid: one column per language present, one grid row per aligned
 * group, an empty cell where a language has no paragraph in that group. On narrow screens
 * (CSS) each row stacks its languages, each cell labelled with its language.
 */
export function AlignedRows({ rows, languages, t }: { rows: RowView[]; languages: ContentLanguage[]; t: Translate }) {
  return (
    <div className="aligned" style={{ ["--columns" as string]: languages.length }} role="table" aria-label={t("article:rowsHeading")}>
      <div className="aligned-head" role="row">
        <span className="row-gutter" role="columnheader" />
        {languages.map((language) => (
          <span key={language} role="columnheader" lang={language} className="column-heading">
            {t(`common:languageNames.${language}`)}
          </span>
        ))}
      </div>
      {rows.map((row) => (
        <AlignedRow key={row.anchor} row={row} languages={languages} t={t} />
      ))}
    </div>
  );
}

function AlignedRow({ row, languages, t }: { row: RowView; languages: ContentLanguage[]; t: Translate }) {
  const confidence = describeConfidence(row);
  return (
    <section id={`p-${row.anchor}`} className="aligned-row" role="row" data-anchor={row.anchor} data-confidence={row.confidence.toFixed(2)}>
      <div className="row-gutter" role="rowheader">
        <a href={`#p-${row.anchor}`} className="row-link" title={t("article:permalink")} aria-label={t("article:rowLabel", { anchor: row.anchor })}>
          {row.anchor}
        </a>
        {confidence.uncertain && (
          <span
            className="confidence-marker"
            tabIndex={0}
            role="img"
            aria-label={t("article:lowConfidence", { percent: confidence.percent })}
            title={[
              t("article:lowConfidence", { percent: confidence.percent }),
              ...confidence.reasons.map((reason) =>
                reason.kind === "other" ? reason.text : `${t(`article:reasons.${reason.kind}`)}${reason.detail ? ` (${reason.detail})` : ""}`,
              ),
            ].join("\n")}
          >
            ?
          </span>
        )}
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
                  {paragraph.text}
                </p>
              ))
            )}
          </div>
        );
      })}
    </section>
  );
}
