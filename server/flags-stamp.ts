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

/**
 * Kept on globalThis: Next bundles proxy.ts apart from the route handlers, each with its own
 * copy of this module, and the handler that records a review must reach the proxy's memory.
 */
const memory = globalThis as unknown as {
  __parallaxFlagsStamp?: { remembered: { stamp: string; until: number } | null; looking: Promise<string> | null; generation: number };
};
const state = (memory.__parallaxFlagsStamp ??= { remembered: null, looking: null, generation: 0 });

export async function flagsStamp(): Promise<string> {
  if (state.remembered && state.remembered.until > Date.now()) return state.remembered.stamp;
  if (state.looking) return state.looking;
  const generation = state.generation;
  const looking = findFlagsStamp(getPrisma())
    .then((stamp) => {
      // A change recorded while this lookup ran may not be in it: then it is not remembered.
      if (state.generation === generation) state.remembered = { stamp, until: Date.now() + REMEMBER_MS };
      return stamp;
    })
    .finally(() => {
      if (state.looking === looking) state.looking = null;
    });
  state.looking = looking;
  return looking;
}

/** For a write that changed flags or the glossary in this process: the next page load reads the stamp afresh. */
export function flagsChanged(): void {
  state.generation += 1;
  state.remembered = null;
  state.looking = null;
}
