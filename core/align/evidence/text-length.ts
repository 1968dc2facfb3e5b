import { isWhitespace } from "../../text";

/**
 * Paragraph lengths in characters as the length model counts them: code points (so a
 * character outside the BMP counts once), with whitespace runs counted once in English
 * (leading and trailing ones not at all) and whitespace not at all in Chinese (where
 * spaces are layout, e.g. the reverence space before 神). "" → 0.
 */
export function englishLength(text: string): number {
  let length = 0;
  let pendingSpace = false;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (isLowSurrogate(unit)) continue;
    if (isWhitespace(unit)) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) length++;
    pendingSpace = false;
    length++;
  }
  return length;
}

export function chineseLength(text: string): number {
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (!isLowSurrogate(unit) && !isWhitespace(unit)) length++;
  }
  return length;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
