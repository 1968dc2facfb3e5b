import "server-only";
import { findLatestRevisionNumber } from "@/db/articles";
import { getPrisma } from "@/db/client";

/**
 * The latest revision number of an article, remembered for a few seconds per process. The
 * latest-revision URL is served from the pinned revision's cached page, so this lookup is the
 * only per-request work; the short memory bounds how long a new import stays unseen by an
 * instance sharing a PostgreSQL server (with the embedded store, imports wait for the app to stop).
 */
const remembered = new Map<string, { revision: number | null; until: number }>();
const REMEMBER_MS = 5_000;

export async function latestRevisionNumber(slug: string): Promise<number | null> {
  const now = Date.now();
  const hit = remembered.get(slug);
  if (hit && hit.until > now) return hit.revision;
  const revision = await findLatestRevisionNumber(getPrisma(), slug);
  remembered.set(slug, { revision, until: now + REMEMBER_MS });
  return revision;
}
