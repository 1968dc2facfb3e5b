/*
 * opencc-js 1.4.2 ships its dictionaries as ES modules under `opencc-js/dict/*` (package
 * export "./*") whose default export is one string, "source target|source target|…", but
 * declares types only for its converters. These declarations cover the dictionaries we read.
 */
declare module "opencc-js/dict/TSCharacters" {
  const dictionary: string;
  export default dictionary;
}
declare module "opencc-js/dict/TWVariantsRev" {
  const dictionary: string;
  export default dictionary;
}
declare module "opencc-js/dict/HKVariantsRev" {
  const dictionary: string;
  export default dictionary;
}
declare module "opencc-js/dict/CJK_Compatibility_Ideographs" {
  const dictionary: string;
  export default dictionary;
}
