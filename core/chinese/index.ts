/** Folding Chinese text for comparison: Traditional → Simplified characters, punctuation. */
export { createTraditionalToSimplifiedFolder, foldPunctuation, type TextFolder } from "./fold";
