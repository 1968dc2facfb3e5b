/** Character tests shared by modules that scan text by code unit. */
export { isWhitespace } from "./is-whitespace";
