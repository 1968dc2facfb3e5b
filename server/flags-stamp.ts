import "server-only";
import { findFlagsStamp } from "@/db/flags";
import { getPrisma } from "@/db/client";

/**
 * The flags stamp (db/flags findFlagsStamp: reviews, flags added or removed, glossary edits),
 * remembered for a few seconds per process. proxy.ts keeps article pages in memory under it, so
 * a review or a glossary change shows on the next load of the page: at once on the instance
 * that made it (flagsChanged), within REMEMBER_MS on others sharing a PostgreSQL server.
 */
const REMEMBER_MS = 5_000;

let remembered: { stamp: string; until: number } | null = null;
let looking: Promise<string> | null = null;

export async function flagsStamp(): Promise<string> {
  if (remembered && remembered.until > Date.now()) return remembered.stamp;
  looking ??= findFlagsStamp(getPrisma())
    .then((stamp) => {
      remembered = { stamp, until: Date.now() + REMEMBER_MS };
      return stamp;
    })
    .finally(() => {
      looking = null;
    });
  return looking;
}

/** For a write that changed flags or the glossary in this process: the next page load reads the stamp afresh. */
export function flagsChanged(): void {
  remembered = null;
}
