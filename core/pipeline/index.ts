/** From extracted documents to a revision ready to save: aligned rows with their sentence links. */
export { prepareRevision, type PreparedRevision, type PreparedRow, type PrepareProgress, type PrepareRevisionOptions } from "./prepare-revision";
export { revisionContinuityProblem, type RevisionChangePermissions, type VersionHeading } from "./revision-continuity";
