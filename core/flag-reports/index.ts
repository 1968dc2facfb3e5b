/** What the flag reports show: stored flags with their review, filters, counts, links and the corpus consistency table. */
export { countFlagList, emptyFlagCounts, totalFlagCounts, type FlagCounts } from "./flag-counts";
export { FLAG_FILTER_PARAMETERS, flagFilterQuery, parseFlagFilter, type FlagFilter, type FlagFilterParameter } from "./flag-filter";
export { flagRowPath } from "./flag-links";
export { MAX_REVIEW_NOTE_LENGTH, parseReviewRequest, type ReviewRequest } from "./review-request";
export type { FlagReview, StoredFlag } from "./stored-flag";
export type { RenderingCount, TermConsistency } from "./term-consistency";
