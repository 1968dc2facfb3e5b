/**
 * English number words that translators render as numerals or Chinese numerals
 * ("two" ↔ 两/二/2, "first" ↔ 第一). "one" and "a" are left out: as words they are mostly
 * not numbers ("one of the", "a plan"), while 一 is left out on the Chinese side for the
 * same reason; they still count before a magnitude ("one million").
 */
export const ENGLISH_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["thirteen", 13],
  ["fourteen", 14],
  ["fifteen", 15],
  ["sixteen", 16],
  ["seventeen", 17],
  ["eighteen", 18],
  ["nineteen", 19],
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
  ["eighty", 80],
  ["ninety", 90],
  ["first", 1],
  ["second", 2],
  ["third", 3],
  ["fourth", 4],
  ["fifth", 5],
  ["sixth", 6],
  ["seventh", 7],
  ["eighth", 8],
  ["ninth", 9],
  ["tenth", 10],
  ["eleventh", 11],
  ["twelfth", 12],
  ["thirteenth", 13],
  ["fourteenth", 14],
  ["fifteenth", 15],
  ["sixteenth", 16],
  ["seventeenth", 17],
  ["eighteenth", 18],
  ["nineteenth", 19],
  ["twentieth", 20],
  ["thirtieth", 30],
  ["fortieth", 40],
  ["fiftieth", 50],
  ["sixtieth", 60],
  ["seventieth", 70],
  ["eightieth", 80],
  ["ninetieth", 90],
]);

/** Ordinals of magnitudes: "the hundredth", "one thousandth". */
export const ENGLISH_ORDINAL_MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ["hundredth", 1e2],
  ["thousandth", 1e3],
  ["millionth", 1e6],
]);

/** Words that only count before a magnitude: "one million", "a hundred". */
export const ENGLISH_MAGNITUDE_ONLY_WORDS: ReadonlyMap<string, number> = new Map([
  ["one", 1],
  ["a", 1],
]);

/** Magnitudes after a number: "3.5 million", "two hundred", "$4bn". */
export const ENGLISH_MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ["hundred", 1e2],
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
  ["trillion", 1e12],
  ["mn", 1e6],
  ["bn", 1e9],
  ["tn", 1e12],
]);
