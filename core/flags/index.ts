/** Flags: what a reviewer should look at in an article's rows, and how a flag is identified across revisions. */
export {
  FLAG_KINDS,
  FLAG_STATUSES,
  flagFingerprint,
  isFlagKind,
  isFlagStatus,
  type CheckRow,
  type ComputedFlag,
  type FlagDetails,
  type FlagKind,
  type FlagStatus,
} from "./flag";
export { findAlignmentDoubts } from "./alignment-doubt";
export { findNumberMismatches } from "./number-mismatch";
export { checkArticle } from "./check-article";
export { dictionaryWordsOf, type CheckOptions } from "./check-options";
export { flagExplanation, type FlagExplanation } from "./flag-explanation";
export { areCounterparts } from "./counterparts";
export { termUsesOfArticle, type TermUse } from "./term-uses";
