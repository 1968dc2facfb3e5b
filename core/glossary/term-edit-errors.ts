import type { StoredTerm } from "./term-draft";

/**
 * Another write changed the term since the editor loaded it: their `version` is not the
 * stored one. Carries the stored term so the editor can be shown what was saved.
 */
export class TermConflictError extends Error {
  override readonly name = "TermConflictError";
  constructor(readonly current: StoredTerm) {
    super(`term ${current.id} was changed by someone else (it is at version ${current.version} now)`);
  }
}

/** No term has that id (it was never there, or it was deleted). */
export class TermNotFoundError extends Error {
  override readonly name = "TermNotFoundError";
  constructor(readonly id: number) {
    super(`there is no term ${id} (it may have been deleted)`);
  }
}

/** Another term already has the same pair of preferred renderings (one concept per pair). */
export class DuplicateTermError extends Error {
  override readonly name = "DuplicateTermError";
  constructor(
    readonly hansPreferred: string,
    readonly hantPreferred: string,
    readonly existingId: number | null,
  ) {
    super(`duplicate term: zh-Hans ${hansPreferred} / zh-Hant ${hantPreferred} is already in the glossary`);
  }
}
