/**
 * Reduces the inline Markdown a plain paragraph may carry to its text:
 * `**bold**`, `__bold__`, `*em*`, `_em_`, `~~strike~~` → their content; `[text](url)` and
 * `[text][ref]` → text; `<https://…>` → the address; `` `code` `` → the code; images
 * `![alt](src)` are dropped (an image is not text to align); inline HTML tags are removed;
 * backslash escapes (`\*`) give the literal character.
 *
 * Underscores inside words (snake_case, 中文_中文) are not emphasis, as in CommonMark.
 * Whitespace is not normalized here; callers collapse it.
 */
export function reduceInlineMarkdown(text: string): string {
  const protectedText: string[] = [];
  // Escapes and code spans must survive the emphasis rules untouched, so they are parked
  // in private-use placeholders and restored at the end.
  const park = (literal: string): string => {
    protectedText.push(literal);
    return `\ue000${protectedText.length - 1}\ue001`;
  };

  let result = text
    .replace(/\\([!-/:-@[-`{-~])/g, (_match, char: string) => park(char))
    .replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_match, _ticks: string, code: string) => park(code.trim()))
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, "")
    .replace(/<((?:https?|mailto):[^\s>]+)>/gi, (_match, url: string) => park(url))
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<\/?[A-Za-z][^<>]*>/g, "");

  // Repeat so nested emphasis (***both***, **bold _em_**) unwraps fully.
  for (let previous = ""; previous !== result; ) {
    previous = result;
    result = result
      .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, "$1")
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1")
      .replace(/(^|[^\p{L}\p{N}_])__(?=\S)([\s\S]*?\S)__(?![\p{L}\p{N}_])/gu, "$1$2")
      .replace(/\*(?=[^\s*])([^*]*?[^\s*])\*/g, "$1")
      .replace(/(^|[^\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s_])_(?![\p{L}\p{N}_])/gu, "$1$2");
  }

  return result.replace(/\ue000(\d+)\ue001/g, (_match, index: string) => protectedText[Number(index)] ?? "");
}
