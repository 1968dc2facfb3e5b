/**
 * Chinese numeral characters, Simplified and Traditional, including the financial forms
 * (壹贰叁…) that appear on invoices and in budgets. 兆 is left out on purpose: it means
 * 10^6 in mainland technical writing and 10^12 in Taiwan, so it is no safe anchor.
 */
export const CHINESE_DIGITS: ReadonlyMap<string, number> = new Map([
  ["零", 0],
  ["〇", 0],
  ["一", 1],
  ["壹", 1],
  ["二", 2],
  ["两", 2],
  ["兩", 2],
  ["贰", 2],
  ["貳", 2],
  ["三", 3],
  ["叁", 3],
  ["參", 3],
  ["四", 4],
  ["肆", 4],
  ["五", 5],
  ["伍", 5],
  ["六", 6],
  ["陆", 6],
  ["陸", 6],
  ["七", 7],
  ["柒", 7],
  ["八", 8],
  ["捌", 8],
  ["九", 9],
  ["玖", 9],
]);

/** Units below 万: they multiply the digit before them inside a 4-digit section. */
export const CHINESE_SMALL_UNITS: ReadonlyMap<string, number> = new Map([
  ["十", 10],
  ["拾", 10],
  ["百", 100],
  ["佰", 100],
  ["千", 1000],
  ["仟", 1000],
]);

/** Section units: they multiply everything before them (三万亿 = 3 × 10^12). */
export const CHINESE_LARGE_UNITS: ReadonlyMap<string, number> = new Map([
  ["万", 1e4],
  ["萬", 1e4],
  ["亿", 1e8],
  ["億", 1e8],
]);

export const CHINESE_DECIMAL_POINTS: ReadonlySet<string> = new Set(["点", "點"]);

export function isChineseUnit(character: string): boolean {
  return CHINESE_SMALL_UNITS.has(character) || CHINESE_LARGE_UNITS.has(character);
}

/**
 * The value of one run of Chinese numeral characters: digits, units and at most one
 * decimal point, e.g. 三十二 → 32, 两千零二十二 → 2022, 三点五亿 → 350000000,
 * 一九九七 → 1997 (a run of digits without units is read digit by digit), 一千二 → 1200
 * (a trailing digit after 百/千/万/亿 without 零 counts one place lower, as people say it).
 * Returns null for text that is not a well-formed run (empty, a stray point).
 */
export function parseChineseNumeral(run: string): number | null {
  const characters = [...run];
  const pointAt = characters.findIndex((character) => CHINESE_DECIMAL_POINTS.has(character));
  if (pointAt === -1) return parseInteger(characters);

  const integerPart = parseInteger(characters.slice(0, pointAt));
  if (integerPart === null) return null;
  let fraction = "";
  let index = pointAt + 1;
  for (; index < characters.length; index++) {
    const digit = CHINESE_DIGITS.get(characters[index] ?? "");
    if (digit === undefined) break;
    fraction += String(digit);
  }
  if (fraction === "") return null;
  let multiplier = 1;
  for (; index < characters.length; index++) {
    const unit = unitValue(characters[index] ?? "");
    if (unit === undefined) return null;
    multiplier *= unit;
  }
  return (integerPart + Number(`0.${fraction}`)) * multiplier;
}

function unitValue(character: string): number | undefined {
  return CHINESE_SMALL_UNITS.get(character) ?? CHINESE_LARGE_UNITS.get(character);
}

function parseInteger(characters: readonly string[]): number | null {
  if (characters.length === 0) return null;
  if (!characters.some(isChineseUnit)) return readDigitByDigit(characters);

  let total = 0; // everything already multiplied by 亿
  let tenThousands = 0; // the part multiplied by 万
  let section = 0; // below 万
  let digit = 0;
  let hasDigit = false;
  let lastUnit = 1;
  let zeroSinceUnit = false;
  for (const character of characters) {
    const digitValue = CHINESE_DIGITS.get(character);
    if (digitValue !== undefined) {
      if (digitValue === 0) zeroSinceUnit = true;
      digit = digitValue;
      hasDigit = digitValue !== 0;
      continue;
    }
    const small = CHINESE_SMALL_UNITS.get(character);
    if (small !== undefined) {
      // 十五: a unit without a digit before it counts once.
      section += (hasDigit ? digit : 1) * small;
    } else {
      const large = CHINESE_LARGE_UNITS.get(character);
      if (large === undefined) return null;
      const below = section + (hasDigit ? digit : 0);
      if (large === 1e4) tenThousands = (tenThousands + below) * 1e4;
      else total = (total + tenThousands + below) * 1e8;
      if (large === 1e8) tenThousands = 0;
      section = 0;
      lastUnit = large;
    }
    if (small !== undefined) lastUnit = small;
    digit = 0;
    hasDigit = false;
    zeroSinceUnit = false;
  }
  let trailing = hasDigit ? digit : 0;
  if (hasDigit && lastUnit >= 100 && !zeroSinceUnit) trailing = (digit * lastUnit) / 10;
  return total + tenThousands + section + trailing;
}

function readDigitByDigit(characters: readonly string[]): number | null {
  let digits = "";
  for (const character of characters) {
    const digit = CHINESE_DIGITS.get(character);
    if (digit === undefined) return null;
    digits += String(digit);
  }
  return Number(digits);
}
