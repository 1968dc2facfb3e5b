/** From extracted documents to a revision ready to save: aligned rows with their sentence links. */
export { prepareRevision, type PreparedRevision, type PreparedRow, type PrepareRevisionOptions } from "./prepare-revision";
