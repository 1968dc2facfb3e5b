/**
 * Page furniture that survives text extraction from publisher pages, recognised by its
 * text so that it is caught whatever the markup: the language-switcher line
 * ("Language : English 简体 繁體"), the "You might also like" / "相关文章" / "延伸閱讀" list
 * that ends an article, "Back to Top" / "返回顶部" / "回到頂端" links, share/print lines and
 * copyright notices.
 *
 * Each rule matches a whole paragraph, never a substring of one, so body text that merely
 * mentions "related articles" or "English" is kept.
 */

export type BoilerplateKind = "language-switcher" | "end-of-article" | "navigation" | "share" | "copyright";

/** Separators between the items of a switcher or a share bar. */
const ITEM_SEPARATORS = /[\s|｜/·•,，、:：;；()（）[\]【】<>«»]+/u;

const LANGUAGE_LABEL = /^(?:languages?|select language|choose language|语言|語言|选择语言|選擇語言|语言版本|語言版本)\s*[:：]?\s*/i;

const LANGUAGE_NAMES = new Set([
  "english", "en", "eng", "chinese", "simplified", "traditional", "zh", "cn", "tw", "hk",
  "中文", "英文", "英文版", "中文版", "简体", "簡體", "繁体", "繁體", "简", "簡", "繁",
  "简体中文", "簡體中文", "繁体中文", "繁體中文", "简中", "繁中",
  "français", "español", "deutsch", "日本語", "한국어", "русский", "português", "العربية",
]);

const END_OF_ARTICLE = new Set([
  "you might also like", "you may also like", "you might like", "related articles", "related",
  "related stories", "related posts", "related content", "related reading", "related news",
  "recommended", "recommended articles", "recommended for you", "more articles", "more stories",
  "further reading", "more on this topic", "also read", "see also",
  "相关文章", "相關文章", "相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀",
  "推荐文章", "推薦文章", "相关新闻", "相關新聞", "相关报道", "相關報導", "猜你喜欢", "猜你喜歡",
  "你可能也喜欢", "你可能也喜歡", "您可能也喜欢", "您可能也喜歡", "你可能还喜欢", "你可能還喜歡",
  "更多文章", "热门文章", "熱門文章", "相关内容", "相關內容",
]);

const NAVIGATION = new Set([
  "back to top", "to top", "top", "go to top", "scroll to top", "back to the top",
  "返回顶部", "返回頂部", "回到顶部", "回到頂部", "回到頂端", "回到顶端", "返回頂端", "返回顶端", "回顶部", "回頂部",
  "top of page", "回页首", "回頁首", "返回页首", "返回頁首",
]);

/** Lines that start a pointer to another article: "Previous article: …", "下一篇：…". */
const ADJACENT_ARTICLE = /^(?:previous|next)(?: article| post| story)?\s*[:：]|^(?:上一篇|下一篇)/i;

/** Whole words (Latin) or whole segments (CJK) a share/print/font-size bar is made of. */
const SHARE_WORDS = new Set([
  "share", "shares", "share this", "this", "article", "story", "page", "on", "via", "to", "it",
  "print", "printer", "friendly", "email", "e-mail", "mail", "facebook", "twitter", "x", "linkedin",
  "whatsapp", "wechat", "weibo", "telegram", "reddit", "line", "tweet", "copy", "link", "save",
  "pdf", "a+", "a-", "font", "size",
  "分享", "分享到", "分享至", "打印", "列印", "微信", "微博", "电邮", "電郵", "邮件", "郵件", "复制链接",
  "複製連結", "复制", "複製", "链接", "連結", "收藏", "字号", "字號", "字体", "字體", "大", "中", "小",
  "本文", "本页", "本頁", "此文", "朋友圈", "脸书", "臉書",
]);

/** At least one of these must appear for a line to count as a share bar. */
const SHARE_ANCHORS = new Set([
  "share", "shares", "share this", "print", "email", "e-mail", "facebook", "twitter", "linkedin",
  "whatsapp", "wechat", "weibo", "tweet", "分享", "分享到", "分享至", "打印", "列印", "微信", "微博",
  "电邮", "電郵", "字号", "字號",
]);

/** "© 2023 Site", "Copyright 2023 …", "… All rights reserved.", "版权所有" — short lines only. */
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)|all rights reserved|版权所有|版權所有/i;
const MAX_COPYRIGHT_CHARS = 160;

/** Lowercased, without a trailing colon, ellipsis, arrow or bullet; internal spaces single. */
function normalize(paragraph: string): string {
  return paragraph
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/^[\s↑▲⬆^•·»>›#*-]+|[\s:：.…。»>›↑▲⬆^*-]+$/gu, "")
    .trim();
}

function isLanguageSwitcher(paragraph: string): boolean {
  if (paragraph.length > 120) return false;
  const labelled = LANGUAGE_LABEL.test(paragraph.trim());
  const items = paragraph.trim().replace(LANGUAGE_LABEL, "").split(ITEM_SEPARATORS).filter(Boolean);
  if (items.length === 0) return false;
  const allLanguages = items.every((item) => LANGUAGE_NAMES.has(item.toLowerCase()));
  return allLanguages && (labelled || items.length >= 2);
}

function isShareBar(paragraph: string): boolean {
  if (paragraph.length > 120) return false;
  const items = normalize(paragraph).split(ITEM_SEPARATORS).filter(Boolean);
  let anchored = false;
  for (const item of items) {
    if (SHARE_ANCHORS.has(item)) anchored = true;
    if (SHARE_WORDS.has(item)) continue;
    // A CJK run has no spaces ("分享到微信朋友圈"): it counts if it is made only of share words.
    const rest = stripShareWords(item);
    if (rest === null) return false;
    if (rest.anchored) anchored = true;
  }
  return anchored;
}

const CJK_SHARE_WORDS = [...SHARE_WORDS].filter((word) => /\p{Script=Han}/u.test(word)).sort((a, b) => b.length - a.length);

function stripShareWords(item: string): { anchored: boolean } | null {
  if (!/^[\p{Script=Han}]+$/u.test(item)) return null;
  let rest = item;
  let anchored = false;
  while (rest !== "") {
    const word = CJK_SHARE_WORDS.find((candidate) => rest.startsWith(candidate));
    if (word === undefined) return null;
    if (SHARE_ANCHORS.has(word)) anchored = true;
    rest = rest.slice(word.length);
  }
  return { anchored };
}

/** What kind of page furniture a whole paragraph is, or null for real text. */
export function classifyBoilerplate(paragraph: string): BoilerplateKind | null {
  const key = normalize(paragraph);
  if (key === "") return null;
  if (END_OF_ARTICLE.has(key)) return "end-of-article";
  if (NAVIGATION.has(key) || (ADJACENT_ARTICLE.test(key) && key.length <= 120)) return "navigation";
  if (isLanguageSwitcher(paragraph)) return "language-switcher";
  if (isShareBar(paragraph)) return "share";
  if (key.length <= MAX_COPYRIGHT_CHARS && COPYRIGHT.test(key)) return "copyright";
  return null;
}

/**
 * Paragraphs without page furniture: switcher, navigation, share and copyright lines are dropped, and
 * an end-of-article heading ("You might also like") cuts off itself and everything after
 * it. Order is kept; the input is not modified.
 */
export function removeBoilerplate(paragraphs: readonly string[]): string[] {
  const kept: string[] = [];
  for (const paragraph of paragraphs) {
    const kind = classifyBoilerplate(paragraph);
    if (kind === "end-of-article") break;
    if (kind === null) kept.push(paragraph);
  }
  return kept;
}
