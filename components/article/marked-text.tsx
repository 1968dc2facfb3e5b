import type { ReactNode } from "react";
import { annotateText } from "@/core/highlight/annotate";
import type { ParagraphMark } from "@/core/reading/analyze-article";

type DifferenceMark = Extract<ParagraphMark, { kind: "difference" }>;

/** How many concept colours the stylesheet defines (term-c0 … term-c7). */
const CONCEPT_COLOURS = 8;

/**
 * One paragraph's original text with its highlights, rendered from data (never an HTML
 * string): difference marks outside, glossary terms inside them.
 *
 * The markup is kept lean because a long article has thousands of marks: each mark names
 * only its difference (`data-diff`) or concept (`data-concept`); the card text lives once in
 * the page (see ArticleInteractions), and screen readers get each class's name from the
 * legend through `aria-describedby`, so the class never rests on colour or underline alone.
 */
export function MarkedText({ text, marks }: { text: string; marks: readonly ParagraphMark[] }) {
  if (marks.length === 0) return <>{text}</>;
  const ranged = marks.filter((mark) => mark.end > mark.start);
  const gaps = marks.filter((mark): mark is DifferenceMark => mark.end === mark.start && mark.kind === "difference");
  const runs = annotateText(
    text,
    // Differences first, so they nest outside terms.
    [...ranged].sort((a, b) => order(a) - order(b)).map((mark) => ({ start: mark.start, end: mark.end, value: mark })),
  );
  const pieces: ReactNode[] = [];
  for (const [index, run] of runs.entries()) {
    for (const gap of gaps) if (gap.start === run.start) pieces.push(<Gap key={`g${gap.differenceId}`} mark={gap} />);
    let node: ReactNode = run.text;
    for (const mark of [...run.values].reverse()) node = wrap(node, mark, run.start === mark.start, `${index}-${order(mark)}`);
    pieces.push(node);
  }
  for (const gap of gaps) if (gap.start === text.length) pieces.push(<Gap key={`g${gap.differenceId}`} mark={gap} />);
  return <>{pieces}</>;
}

function order(mark: ParagraphMark): number {
  return mark.kind === "difference" ? 0 : 1;
}

/** Only a mark's first run takes the keyboard focus, so a mark cut by a term is one stop. */
function wrap(inner: ReactNode, mark: ParagraphMark, isFirstRun: boolean, key: string): ReactNode {
  if (mark.kind === "difference") {
    return (
      <mark key={key} className={`diff diff-${mark.class}`} data-diff={mark.differenceId} aria-describedby={`class-${mark.class}`} tabIndex={isFirstRun ? 0 : -1}>
        {inner}
      </mark>
    );
  }
  return (
    <span key={key} className={`term term-c${mark.termIndex % CONCEPT_COLOURS}${mark.occurrence === "preferred" ? "" : ` term-${mark.occurrence}`}`} data-concept={mark.termIndex} data-occurrence={mark.occurrence} tabIndex={isFirstRun ? 0 : -1}>
      {inner}
    </span>
  );
}

/** Where the other version has text this one lacks: an empty, focusable caret. */
function Gap({ mark }: { mark: DifferenceMark }) {
  return <mark className={`diff diff-${mark.class} diff-gap`} data-diff={mark.differenceId} aria-describedby={`class-${mark.class}`} tabIndex={0} />;
}
