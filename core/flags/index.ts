/** Flags: what a reviewer should look at in an article's rows, and how a flag is identified across revisions. */
export {
  FLAG_KINDS,
  FLAG_STATUSES,
  flagFingerprint,
  isFlagKind,
  isFlagStatus,
  type ComputedFlag,
  type FlagDetails,
  type FlagKind,
  type FlagStatus,
} from "./flag";
