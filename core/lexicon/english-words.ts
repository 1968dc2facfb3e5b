/**
 * English words as the bilingual lexicon compares them: lower-cased, irregular forms mapped
 * to their base form, then cut to a light stem (plural, past, -ing, -ly and a final e
 * removed), so "created", "creates" and "create" all become "creat". The same function
 * reads dictionary glosses and article text, so the two meet whatever the stem looks like.
 * Function words (the, of, unto, shall, …) and the dictionary's own vocabulary (variant,
 * classifier, abbr, …) are dropped: they would match everywhere and prove nothing.
 */

/** The stem of one word, or null for a function word. Any case in; "" → null. */
export function englishStem(word: string): string | null {
  const lower = word.toLowerCase();
  if (lower.length < 2 || STOPWORDS.has(lower)) return null;
  const base = IRREGULAR.get(lower) ?? lower;
  if (STOPWORDS.has(base)) return null;
  return stemRegular(base);
}

/**
 * Runs of Latin letters. An apostrophe splits a word ("Israel's" → Israel + s, "don't" →
 * don + t): the pieces after it are stopwords, and what stays is the word to look up.
 */
export const ENGLISH_WORD = /[A-Za-z]+/g;

/** The stems of a text's content words, in order, repeats kept. */
export function englishStems(text: string): string[] {
  const stems: string[] = [];
  for (const match of text.matchAll(ENGLISH_WORD)) {
    const stem = englishStem(match[0]);
    if (stem !== null) stems.push(stem);
  }
  return stems;
}

function stemRegular(word: string): string {
  let stem = word;
  if (stem.length <= 3) return stem;
  if (stem.endsWith("ies") || stem.endsWith("ied")) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith("sses")) stem = stem.slice(0, -2);
  else if (/(?:ch|sh|x|zz)es$/.test(stem)) stem = stem.slice(0, -2);
  else if (stem.endsWith("s") && !/(?:ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);
  else if (stem.length >= 6 && stem.endsWith("ing")) stem = undouble(stem.slice(0, -3));
  else if (stem.length >= 5 && stem.endsWith("ed") && !stem.endsWith("eed")) stem = undouble(stem.slice(0, -2));
  else if (stem.length >= 6 && stem.endsWith("ly")) stem = stem.slice(0, -2);
  if (stem.length > 3 && stem.endsWith("e")) stem = stem.slice(0, -1);
  return stem;
}

/** running → run, planned → plan; but fall, pass, buzz keep their double letter. */
function undouble(stem: string): string {
  const last = stem.at(-1) ?? "";
  if (stem.length >= 3 && last === stem.at(-2) && !"lsz".includes(last) && !"aeiou".includes(last)) return stem.slice(0, -1);
  return stem;
}

const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    said: "say", says: "say", saith: "say", went: "go", gone: "go", goes: "go", came: "come", saw: "see", seen: "see",
    took: "take", taken: "take", gave: "give", given: "give", made: "make", men: "man", women: "woman",
    children: "child", brought: "bring", spoke: "speak", spoken: "speak", sent: "send", found: "find", knew: "know",
    known: "know", told: "tell", thought: "think", became: "become", began: "begin", begun: "begin", ate: "eat",
    eaten: "eat", drank: "drink", drunk: "drink", fell: "fall", fallen: "fall", fled: "flee", stood: "stand", sat: "sit",
    slew: "slay", slain: "slay", smote: "smite", smitten: "smite", wrote: "write", written: "write", built: "build",
    kept: "keep", bore: "bear", born: "bear", borne: "bear", brethren: "brother", feet: "foot", teeth: "tooth",
    oxen: "ox", mice: "mouse", sold: "sell", bought: "buy", caught: "catch", taught: "teach", sought: "seek",
    fought: "fight", held: "hold", led: "lead", fed: "feed", met: "meet", paid: "pay", laid: "lay", ran: "run",
    rose: "rise", risen: "rise", struck: "strike", swore: "swear", sworn: "swear", threw: "throw", thrown: "throw",
    understood: "understand", won: "win", wept: "weep", slept: "sleep", lost: "lose", heard: "hear", forgave: "forgive",
    forgiven: "forgive", chose: "choose", chosen: "choose", drove: "drive", driven: "drive", grew: "grow",
    grown: "grow", hid: "hide", hidden: "hide", shook: "shake", shaken: "shake", woke: "wake", wore: "wear",
    worn: "wear", broke: "break", broken: "break", froze: "freeze", stole: "steal", stolen: "steal", flew: "fly",
    flown: "fly", blew: "blow", blown: "blow", drew: "draw", drawn: "draw", dug: "dig", hung: "hang", sang: "sing",
    sung: "sing", sank: "sink", sunk: "sink", spent: "spend", lent: "lend", bent: "bend", felt: "feel", dealt: "deal",
    meant: "mean", bound: "bind", lives: "life", wives: "wife",
    knives: "knife", leaves: "leaf", loaves: "loaf", thieves: "thief", better: "good", best: "good", worse: "bad",
    worst: "bad", greater: "great", greatest: "great", elder: "old", eldest: "old", data: "data", media: "media",
    criteria: "criterion", analyses: "analysis", crises: "crisis", bases: "basis",
  }),
);

/**
 * Function words of modern and biblical English, and the metalanguage of dictionary glosses.
 * "not"/"no" are here too: 不 and 没 are in nearly every Chinese sentence.
 */
const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but nor if then else than so as of at by for from in into onto on off out over under up down " +
    "to with within without about above below between among through throughout during before after since until till " +
    "unto upon against toward towards across along around behind beside besides beyond near via per " +
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers " +
    "herself it its itself they them their theirs themselves thee thou thy thine ye one ones oneself someone " +
    "something somebody anyone anything everyone everything nobody nothing " +
    "this that these those who whom whose which what whatever whoever when where why how there here " +
    "be is am are was were been being have has had having do does did doing done shall should will would can could " +
    "may might must ought let lets hath doth wast wert shalt wilt " +
    "not no nor yes also too very just only even still yet again ever never already much many more most some any " +
    "all each every both either neither such own same other another else " +
    "s t d ll m o re ve don isn aren wasn weren doesn didn haven hasn hadn wouldn couldn shouldn " +
    // dictionary metalanguage
    "sb sth etc esp lit fig coll abbr variant classifier surname compare pr tw hk " +
    "archaic literary translit transliteration loanword erhua particle interjection prefix suffix"
  ).split(/\s+/),
);
