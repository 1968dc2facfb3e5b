import "server-only";
import { findLibraryStamp } from "@/db/articles";
import { getPrisma } from "@/db/client";

/**
 * The library's stamp (db/articles findLibraryStamp), remembered for a few seconds per
 * process. The library's pages are kept in memory under it, so an import that adds or changes
 * an article shows up at most `REMEMBER_MS` after it is committed, on every instance sharing
 * a PostgreSQL server; concurrent requests share one lookup.
 */
export const REMEMBER_MS = 5_000;

let remembered: { stamp: string; until: number } | null = null;
let looking: Promise<string> | null = null;

export async function libraryStamp(): Promise<string> {
  if (remembered && remembered.until > Date.now()) return remembered.stamp;
  looking ??= findLibraryStamp(getPrisma())
    .then((stamp) => {
      remembered = { stamp, until: Date.now() + REMEMBER_MS };
      return stamp;
    })
    .finally(() => {
      looking = null;
    });
  return looking;
}
