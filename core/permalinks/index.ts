/**
 * The parts of a permalink (`/articles/{slug}#p-{anchor}`): article slugs, and row anchors
 * that survive a new revision. (Not core/align's shared anchors, which are alignment evidence.)
 */
export { assignAnchors, type AnchoredRowTexts, type RowTexts } from "./row-anchors";
export { isValidSlug, slugify } from "./slug";
