/**
 * Simplified ↔ Traditional difference triage: fold, tokenize, diff, classify.
 * See DESIGN.md, "Simplified/Traditional differences".
 */
export { compareChineseLines, type ChineseLinesComparison, type LineComparison, type LineDifference } from "./compare-lines";
export {
  diffScripts,
  prepareScriptComparison,
  type DiffScriptsOptions,
  type PreparedScriptComparison,
} from "./diff-scripts";
export { createRegionalIndex, type RegionalCandidate, type RegionalIndex, type RegionalSource } from "./regional-index";
export {
  DEFAULT_REGIONAL_SOURCES,
  defaultScriptDiffResources,
  withRegionalSources,
  type ScriptDiffResources,
} from "./resources";
export { segmentsFor, type TextSegment } from "./segments";
export { createWordList, segmentWithIntl, tokenize, type WordList, type Token, type TokenKind } from "./tokenize";
export { tokenizeChinese } from "./tokenize-chinese";
export {
  DIFFERENCE_CLASSES,
  REGIONS,
  type DifferenceClass,
  type Region,
  type ScriptDifference,
  type ScriptSide,
} from "./types";
export { regionFromEvidence, type RegionEvidence } from "./variant-forms";
