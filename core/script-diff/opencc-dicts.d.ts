/*
 * opencc-js 1.4.2 ships each dictionary as an ES module under `opencc-js/dict/*` whose default
 * export is one string, "key value|key value|…", but declares types only for its converters.
 * These are the dictionaries script-diff reads (core/chinese declares the ones it reads).
 */
declare module "opencc-js/dict/STPhrases" {
  const dictionary: string;
  export default dictionary;
}
declare module "opencc-js/dict/STCharacters" {
  const dictionary: string;
  export default dictionary;
}
declare module "opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases" {
  const dictionary: string;
  export default dictionary;
}
declare module "opencc-js/dict/TSPhrases" {
  const dictionary: string;
  export default dictionary;
}
declare module "opencc-js/dict/TWPhrases" {
  const dictionary: string;
  export default dictionary;
}
declare module "opencc-js/dict/TWPhrasesRev" {
  const dictionary: string;
  export default dictionary;
}
declare module "opencc-js/dict/HKPhrases" {
  const dictionary: string;
  export default dictionary;
}
declare module "opencc-js/dict/HKPhrasesRev" {
  const dictionary: string;
  export default dictionary;
}
declare module "opencc-js/dict/TWVariants" {
  const dictionary: string;
  export default dictionary;
}
declare module "opencc-js/dict/TWVariantsPhrases" {
  const dictionary: string;
  export default dictionary;
}
declare module "opencc-js/dict/HKVariants" {
  const dictionary: string;
  export default dictionary;
}
declare module "opencc-js/dict/HKVariantsPhrases" {
  const dictionary: string;
  export default dictionary;
}
