import { spansBetween, type SentenceSpan } from "./sentence-span";

/** Sentence-ending marks, full-width and ASCII (Chinese text mixes them). */
const TERMINATORS = new Set([..."。！？!?…"]);
/** Closing quotes and brackets that belong to the sentence they follow. */
const CLOSERS = new Set([..."」』”’）)】》〉\"'"]);
/** Brackets inside which a mark does not end the sentence: notes like （或译：…。）. */
const OPEN_NOTES = new Set([..."（(〔【["]);
const CLOSE_NOTES = new Set([..."）)〕】]"]);

/**
 * Splits a Chinese paragraph (Simplified or Traditional) into sentences (see SentenceSpan
 * for the invariants): a sentence ends at 。！？ (or ! ? … ……), together with any further
 * marks and the closing quotes and brackets right after it (。」 and ？』 end with the
 * quote), except inside a parenthetical note （…）〔…〕, which stays with its sentence.
 * Quotations 「…」 may hold several sentences, and are split like the English ones.
 * A paragraph without such a mark is one sentence; "" or whitespace → [].
 */
export function splitChineseSentences(text: string): SentenceSpan[] {
  const cuts: number[] = [];
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text[index] ?? "";
    if (OPEN_NOTES.has(character)) depth++;
    else if (CLOSE_NOTES.has(character) && depth > 0) depth--;
    if (!TERMINATORS.has(character) || depth > 0) continue;
    let end = index + 1;
    while (end < text.length && (TERMINATORS.has(text[end] ?? "") || CLOSERS.has(text[end] ?? ""))) end++;
    cuts.push(end);
    index = end - 1;
  }
  return spansBetween(text, cuts);
}
