"use client";

import { useEffect, useRef, useState } from "react";
import { isReadingView, showsBothChinese } from "./reading-modes";
import type { CardTexts } from "./cards";

/**
 * Elements that light up together: the same difference in both columns, the same concept,
 * the sentences of one group (a sentence and its translations in the other columns).
 */
const LINKED = ["data-diff", "data-concept", "data-sentence"] as const;

/**
 * The article's interactive layer, attached once to the document:
 * - hovering or focusing a highlighted difference or term shows its card (texts computed on
 *   the server, handed over once in `cards`) and lights its counterparts;
 * - hovering or focusing a sentence lights it and its counterparts in the other columns;
 * - each row is one Tab stop; `j` / `k` also move the focus to the next / previous row, and
 *   within a row `→` / `←` to the next / previous of its sentences, differences and terms
 *   (focusable, but not Tab stops: see MarkedText). Tab from inside a row goes on to the next.
 */
export function ArticleInteractions({ cards }: { cards: CardTexts }) {
  const [card, setCard] = useState<{ text: string; top: number; left: number } | null>(null);
  const lit = useRef<Element[]>([]);

  useEffect(() => {
    const unlight = () => {
      for (const element of lit.current) element.classList.remove("lit");
      lit.current = [];
    };
    const showFor = (target: Element | null) => {
      const source = target?.closest(CARD_HOLDERS);
      if (!source) return;
      unlight();
      for (const attribute of LINKED) {
        if (attribute === "data-diff" && !differencesShown()) continue;
        const value = source.closest(`[${attribute}]`)?.getAttribute(attribute);
        if (value === null || value === undefined) continue;
        const linked = Array.from(document.querySelectorAll(`[${attribute}="${CSS.escape(value)}"]`));
        for (const element of linked) element.classList.add("lit");
        lit.current.push(...linked);
      }
      const holder = source.closest(CARD_HOLDERS_WITH_TEXT);
      const text = holder ? cardFor(holder, cards) : null;
      if (holder && text) {
        const box = holder.getBoundingClientRect();
        setCard({ text, top: box.bottom + window.scrollY + 6, left: Math.max(8, Math.min(box.left + window.scrollX, window.innerWidth - 340)) });
        holder.setAttribute("aria-describedby", "reading-card");
      } else {
        setCard(null);
      }
    };
    const show = (event: Event) => showFor(event.target instanceof Element ? event.target : null);
    const hide = (event: Event) => {
      const related = (event as FocusEvent | PointerEvent).relatedTarget;
      const from = event.target instanceof Element ? event.target.closest(CARD_HOLDERS) : null;
      if (!from || (related instanceof Node && from.contains(related))) return;
      from.removeAttribute("aria-describedby");
      unlight();
      setCard(null);
    };
    const keys = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const active = document.activeElement;
      if (active instanceof HTMLInputElement || active instanceof HTMLSelectElement || active instanceof HTMLTextAreaElement) return;
      if ((event.key === "ArrowRight" || event.key === "ArrowLeft") && !event.shiftKey) {
        if (moveWithinRow(active, event.key === "ArrowRight" ? 1 : -1)) event.preventDefault();
        return;
      }
      if (event.key !== "j" && event.key !== "k") return;
      const rows = Array.from(document.querySelectorAll<HTMLElement>(".aligned-row"));
      if (rows.length === 0) return;
      const current = rows.findIndex((row) => row.contains(active));
      const next = current < 0 ? firstRowBelowTop(rows) : current + (event.key === "j" ? 1 : -1);
      const row = rows[Math.max(0, Math.min(rows.length - 1, next))];
      row?.focus();
      row?.scrollIntoView({ block: "nearest" });
      event.preventDefault();
    };
    document.addEventListener("pointerover", show);
    document.addEventListener("focusin", show);
    document.addEventListener("pointerout", hide);
    document.addEventListener("focusout", hide);
    document.addEventListener("keydown", keys);
    // Focus or a pointer that arrived before this script ran (a reader tabbing in or
    // pointing while the page loads) gets its card and lighting now.
    const focused = document.activeElement?.closest(CARD_HOLDERS) ? document.activeElement : null;
    showFor(focused ?? Array.from(document.querySelectorAll(":hover")).at(-1) ?? null);
    // Says that keys and cards work from now on: a browser test presses keys only then, since
    // on a loaded machine the page can be shown well before this script has run.
    document.documentElement.dataset.interactions = "ready";
    return () => {
      delete document.documentElement.dataset.interactions;
      document.removeEventListener("pointerover", show);
      document.removeEventListener("focusin", show);
      document.removeEventListener("pointerout", hide);
      document.removeEventListener("focusout", hide);
      document.removeEventListener("keydown", keys);
    };
  }, [cards]);

  return (
    <div id="reading-card" role="tooltip" className="reading-card" hidden={!card} style={card ? { top: card.top, left: card.left } : undefined}>
      {card?.text}
    </div>
  );
}

const CARD_HOLDERS_WITH_TEXT = "[data-card], [data-diff], [data-concept]";
const CARD_HOLDERS = `${CARD_HOLDERS_WITH_TEXT}, [data-sentence]`;

/**
 * The card of a highlighted element: its own data-card, else the card of the difference it is
 * in, followed by the card of the glossary term it is (软件 is often both).
 */
function cardFor(element: Element, cards: CardTexts): string | null {
  const own = element.getAttribute("data-card");
  if (own) return own;
  const difference = differencesShown() ? element.closest("[data-diff]")?.getAttribute("data-diff") : undefined;
  const term = element.closest("[data-concept]");
  const concept = term ? cards.terms[Number(term.getAttribute("data-concept"))] : undefined;
  const occurrence = term?.getAttribute("data-occurrence");
  const texts = [
    difference !== undefined && difference !== null ? cards.differences[Number(difference)] : undefined,
    concept && (occurrence === "forbidden" ? concept.forbidden : occurrence === "allowed" ? concept.allowed : concept.preferred),
  ].filter((text): text is string => Boolean(text));
  return texts.length > 0 ? texts.join("\n") : null;
}

/**
 * Moves the focus from the row (or the item in it that holds it) to the next or previous
 * item of that row that is shown, in reading order across the columns: its permalink and
 * confidence marker, then each sentence followed by the differences and terms inside it.
 * From the row itself, → goes to its first sentence (the text, not the gutter, which ← from
 * there reaches) and ← to its last item; at either end the focus stays. Items are the row's
 * elements with tabindex -1 (MarkedText, AlignedRows). Returns whether the focus was in a
 * row with items (so the key was ours).
 */
function moveWithinRow(active: Element | null, step: 1 | -1): boolean {
  const row = active?.closest(".aligned-row");
  if (!row || !active) return false;
  const items = Array.from(row.querySelectorAll<HTMLElement>('[tabindex="-1"]')).filter(isShown);
  if (items.length === 0) return false;
  const current = items.indexOf(active as HTMLElement);
  const firstText = Math.max(0, items.findIndex((item) => !item.closest(".row-gutter")));
  const next = current < 0 ? (step === 1 ? firstText : items.length - 1) : Math.max(0, Math.min(items.length - 1, current + step));
  items[next]?.focus();
  return true;
}

/** Whether an item is on screen as a highlight: in a visible column, and not a difference the reading mode hides. */
function isShown(item: HTMLElement): boolean {
  if (item.getClientRects().length === 0) return false;
  return !item.hasAttribute("data-diff") || differencesShown();
}

/**
 * Whether the reading mode shows Simplified↔Traditional differences: only when both Chinese
 * columns are on screen (the stylesheet hides the highlights and the legend otherwise).
 */
function differencesShown(): boolean {
  const view = document.documentElement.getAttribute("data-view");
  return !isReadingView(view) || showsBothChinese(view);
}

function firstRowBelowTop(rows: HTMLElement[]): number {
  const index = rows.findIndex((row) => row.getBoundingClientRect().bottom > 0);
  return index < 0 ? 0 : index;
}
