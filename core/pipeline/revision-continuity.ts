import type { ContentLanguage } from "../languages";

/** What a revision holds, as far as telling "the same article" goes: its languages and titles. */
export interface VersionHeading {
  language: ContentLanguage;
  title: string | null;
}

/** The changes a new revision may make only when the user says so. */
export interface RevisionChangePermissions {
  /** The new revision may lack a language the latest one has (`--allow-dropped-languages`). */
  allowDroppedLanguages?: boolean;
  /** Every title may change (`--allow-new-titles`). */
  allowNewTitles?: boolean;
}

/**
 * Why a new revision does not look like the same article as the latest one, or null when
 * it does. A different article imported under an existing slug silently became revision 2
 * of the old one and dropped a language; so a revision that drops a language, or whose
 * titles all differ from the latest one's (compared per language both have, ignoring
 * case and spacing), needs an explicit permission.
 *
 * Pure. No latest revision (a new article) → null.
 */
export function revisionContinuityProblem(
  latest: readonly VersionHeading[] | null,
  next: readonly VersionHeading[],
  permissions: RevisionChangePermissions = {},
): string | null {
  if (latest === null || latest.length === 0) return null;
  const nextLanguages = new Set(next.map((version) => version.language));
  const dropped = latest.map((version) => version.language).filter((language) => !nextLanguages.has(language));
  if (dropped.length > 0 && permissions.allowDroppedLanguages !== true) {
    return `this import lacks ${dropped.join(", ")}, which the latest revision has; pass --allow-dropped-languages to drop ${dropped.length === 1 ? "it" : "them"}`;
  }
  const pairs = latest.flatMap((old) => {
    const now = next.find((version) => version.language === old.language);
    return now === undefined || old.title === null || now.title === null ? [] : [{ old: old.title, now: now.title }];
  });
  const allRetitled = pairs.length > 0 && pairs.every(({ old, now }) => comparableTitle(old) !== comparableTitle(now));
  if (allRetitled && permissions.allowNewTitles !== true) {
    const [first] = pairs;
    return `every title differs from the latest revision's ("${first?.old}" → "${first?.now}"): is this another article? Pass --slug with a new slug, or --allow-new-titles`;
  }
  return null;
}

function comparableTitle(title: string): string {
  return title.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
}
