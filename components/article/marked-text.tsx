import { Fragment, type ReactNode } from "react";
import { type AnnotatedRun, layoutParagraph, type LayoutPiece } from "@/core/highlight";
import type { ParagraphMark, ParagraphSentence } from "@/core/reading";

type DifferenceMark = Extract<ParagraphMark, { kind: "difference" }>;

/** How many concept colours the stylesheet defines (term-c0 … term-c7). */
const CONCEPT_COLOURS = 8;

/**
 * One paragraph's original text with its highlights, rendered from data (never an HTML
 * string): sentences outermost, then difference marks, then glossary terms inside them. A
 * mark that crosses a sentence boundary is cut there, one piece in each sentence.
 *
 * The markup is kept lean because a long article has thousands of marks: each mark names
 * only its difference (`data-diff`) or concept (`data-concept`), each sentence only its
 * group (`data-sentence`, shared with its counterparts in the other columns); the card text
 * lives once in the page (see ArticleInteractions), and screen readers get each class's name
 * from the legend through `aria-describedby`, so the class never rests on colour or
 * underline alone.
 *
 * Nothing in a paragraph is a Tab stop: one per sentence, difference and term would bury the
 * page under hundreds of stops (a long article had 167). The row is the Tab stop, and ← / →
 * move through its sentences, differences and terms (ArticleInteractions), each focusable
 * (`tabIndex={-1}`) and showing its card or lighting its counterparts on focus as on hover.
 */
export function MarkedText({ text, marks, sentences = [] }: { text: string; marks: readonly ParagraphMark[]; sentences?: readonly ParagraphSentence[] }) {
  if (marks.length === 0 && sentences.length === 0) return <>{text}</>;
  const ranged = marks.filter((mark) => mark.end > mark.start);
  const gaps = marks.filter((mark): mark is DifferenceMark => mark.end === mark.start && mark.kind === "difference");
  const segments = layoutParagraph(
    text,
    // Differences first, so they nest outside terms.
    [...ranged].sort((a, b) => order(a) - order(b)).map((mark) => ({ start: mark.start, end: mark.end, value: mark as ParagraphMark })),
    gaps.map((gap) => ({ at: gap.start, value: gap as ParagraphMark })),
    sentences.map((sentence) => ({ start: sentence.start, end: sentence.end, value: sentence.group })),
  );
  return (
    <>
      {segments.map((segment) => {
        const pieces = segment.pieces.map(renderPiece);
        return segment.sentence === null ? (
          <Fragment key={segment.start}>{pieces}</Fragment>
        ) : (
          <span key={segment.start} className="sentence" data-sentence={segment.sentence} tabIndex={-1}>
            {pieces}
          </span>
        );
      })}
    </>
  );
}

function renderPiece(piece: LayoutPiece<ParagraphMark>): ReactNode {
  if (piece.kind === "point") {
    const gap = piece.value as DifferenceMark;
    return <Gap key={`g${gap.differenceId}`} mark={gap} />;
  }
  return renderRun(piece.run);
}

function renderRun(run: AnnotatedRun<ParagraphMark>): ReactNode {
  let node: ReactNode = run.text;
  for (const mark of [...run.values].reverse()) node = wrap(node, mark, run.start === mark.start, `${run.start}-${order(mark)}`);
  return <Fragment key={`r${run.start}`}>{node}</Fragment>;
}

function order(mark: ParagraphMark): number {
  return mark.kind === "difference" ? 0 : 1;
}

/** Only a mark's first run takes the keyboard focus, so a mark cut by a term or a sentence is one stop for ← / →. */
function wrap(inner: ReactNode, mark: ParagraphMark, isFirstRun: boolean, key: string): ReactNode {
  if (mark.kind === "difference") {
    return (
      <mark key={key} className={`diff diff-${mark.class}`} data-diff={mark.differenceId} aria-describedby={`class-${mark.class}`} tabIndex={isFirstRun ? -1 : undefined}>
        {inner}
      </mark>
    );
  }
  return (
    <span key={key} className={`term term-c${mark.termIndex % CONCEPT_COLOURS}${mark.occurrence === "preferred" ? "" : ` term-${mark.occurrence}`}`} data-concept={mark.termIndex} data-occurrence={mark.occurrence} tabIndex={isFirstRun ? -1 : undefined}>
      {inner}
    </span>
  );
}

/** Where the other version has text this one lacks: an empty caret, focusable by ← / →. */
function Gap({ mark }: { mark: DifferenceMark }) {
  return <mark className={`diff diff-${mark.class} diff-gap`} data-diff={mark.differenceId} aria-describedby={`class-${mark.class}`} tabIndex={-1} />;
}
