/**
 * Chinese word boundaries for glossary matching, from the platform's ICU word segmenter
 * (`Intl.Segmenter("zh", { granularity: "word" })`, a dictionary of Chinese words in both
 * scripts; in Node and in every current browser, nothing to install).
 *
 * Chinese has no spaces, so a rendering found as a substring may straddle two words:
 * 项目 in 各项目标 ("each goal", 各项|目标) or 這項目標 (這項|目標). A match counts only
 * where the text's word boundaries fall at both of its ends; a rendering of several words
 * (人工智能 = 人工|智能) still matches, since only its ends are checked.
 *
 * The segmenter is trusted only about words its dictionary knows. A rendering it cuts into
 * single characters (互联网 → 互|联|网) is unknown to it, and it then cuts the text around
 * that rendering from its other words (互|联|网上 in 互联网上), which says nothing about
 * where the rendering ends: such a rendering is matched as a plain substring.
 *
 * ICU's dictionary changes between versions, so this is for display (which spans to mark),
 * never for anything stored or compared across machines.
 */

const segmenter = typeof Intl.Segmenter === "function" ? new Intl.Segmenter("zh", { granularity: "word" }) : null;

/** UTF-16 offsets where a word starts or ends in `text` (0 and `text.length` included). */
export function chineseWordBoundaries(text: string): ReadonlySet<number> {
  const boundaries = new Set<number>([0, text.length]);
  if (segmenter === null) {
    // No segmenter: every code point boundary counts, which is plain substring matching.
    for (let offset = 0; offset <= text.length; offset++) boundaries.add(offset);
    return boundaries;
  }
  for (const { index, segment } of segmenter.segment(text)) {
    boundaries.add(index);
    boundaries.add(index + segment.length);
  }
  return boundaries;
}

const known = new Map<string, boolean>();

/**
 * Whether the segmenter's dictionary knows `rendering`: segmented alone, it is one word or
 * a sequence of words of two or more characters each (软件, 人工|智能), not single characters.
 */
export function segmenterKnows(rendering: string): boolean {
  const cached = known.get(rendering);
  if (cached !== undefined) return cached;
  const knows =
    segmenter !== null && Array.from(segmenter.segment(rendering), ({ segment }) => [...segment].length >= 2).every(Boolean);
  known.set(rendering, knows);
  return knows;
}

/**
 * Single characters that stand as words of their own next to a noun: particles, aspect
 * markers, prepositions, conjunctions, demonstratives, localisers (both scripts).
 */
const FUNCTION_CHARACTERS = new Set(
  "的地得了着著过過是在和与與及或等为為中上下里裡裏内內外也都就又还還而并並被把将將对對从從向于於以之其这這那有无無不没沒很更最已会會能要可所由给給让讓至到后後前时時每各该該此".split(""),
);

/**
 * Whether the segmenter, to keep the match [start, end) whole, left a character beside it
 * that reads as a word only with the match's edge character: 项目 in 各项目标 ("each goal"),
 * which ICU cuts 各|项目|标 — a lone 标 where any reader sees 目标 — because its Simplified
 * dictionary lacks 各项. A stranded character is a one-character segment right after (or
 * before) the match that is not a function word (的, 中, 这, …; see FUNCTION_CHARACTERS) and
 * forms a word the segmenter knows with the match's last (or first) character. 项目 in
 * 该项目标志着 stays (标志 is a word of its own), as does 项目 in 各项目的进展 (的).
 * `boundaries` are the text's word boundaries (chineseWordBoundaries); `isWord`, a dictionary
 * asked besides the segmenter's own.
 */
export function leavesStrandedCharacter(
  text: string,
  start: number,
  end: number,
  boundaries: ReadonlySet<number>,
  isWord: (candidate: string) => boolean = () => false,
): boolean {
  const stranded = (at: number) =>
    at >= 0 && at < text.length && boundaries.has(at) && boundaries.has(at + 1) && !FUNCTION_CHARACTERS.has(text[at] ?? "");
  const known = (pair: string) => segmenterKnowsWord(pair) || (/^\p{Script=Han}{2}$/u.test(pair) && isWord(pair));
  if (stranded(end) && known(text.slice(end - 1, end + 1))) return true;
  return stranded(start - 1) && known(text.slice(start - 1, start + 1));
}

/** Whether the segmenter reads `candidate` (two Han characters or more) as exactly one word. */
function segmenterKnowsWord(candidate: string): boolean {
  if (segmenter === null || [...candidate].length < 2 || !/^\p{Script=Han}+$/u.test(candidate)) return false;
  const cached = knownWords.get(candidate);
  if (cached !== undefined) return cached;
  const knows = Array.from(segmenter.segment(candidate)).length === 1;
  knownWords.set(candidate, knows);
  return knows;
}

const knownWords = new Map<string, boolean>();
