import "server-only";

/**
 * A small in-memory copy of rendered article pages, in front of Next's own page cache.
 * Next's cache answers a long article several times slower than a static file of the same
 * bytes (it re-encodes and streams the stored page on every hit); this copy keeps the final
 * bytes of a page and hands them out as they are. Entries are keyed by the pinned revision's
 * path and the flags stamp (a review or a glossary edit changes it, so the next load renders
 * afresh) and expire after `TTL_MS`; the total size is bounded, least recently used first out.
 */
const TTL_MS = 300_000;
const MAX_BYTES = 128 * 1024 * 1024;

interface Entry {
  body: ArrayBuffer;
  contentType: string;
  expires: number;
}

const entries = new Map<string, Entry>();
let totalBytes = 0;

export function recallPage(key: string): Entry | null {
  const entry = entries.get(key);
  if (!entry) return null;
  if (entry.expires < Date.now()) {
    forget(key);
    return null;
  }
  // Refresh its place in the least-recently-used order.
  entries.delete(key);
  entries.set(key, entry);
  return entry;
}

export function rememberPage(key: string, body: ArrayBuffer, contentType: string): void {
  if (body.byteLength > MAX_BYTES / 4) return;
  forget(key);
  entries.set(key, { body, contentType, expires: Date.now() + TTL_MS });
  totalBytes += body.byteLength;
  for (const oldest of entries.keys()) {
    if (totalBytes <= MAX_BYTES) break;
    forget(oldest);
  }
}

function forget(key: string): void {
  const entry = entries.get(key);
  if (!entry) return;
  totalBytes -= entry.body.byteLength;
  entries.delete(key);
}
