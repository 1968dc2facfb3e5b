import { isFlagStatus, type FlagStatus } from "../flags";

/** The longest review note kept, in UTF-16 code units. */
export const MAX_REVIEW_NOTE_LENGTH = 2_000;

export interface ReviewRequest {
  status: FlagStatus;
  /** Trimmed; null when empty. */
  note: string | null;
  /** The flag version the reviewer saw. */
  expectedVersion: number;
}

/**
 * Reads the body of a review request, `{"status": "dismissed", "note": "…", "expectedVersion": 3}`
 * (`note` optional), or says in one line what is wrong with it.
 */
export function parseReviewRequest(body: unknown): { request: ReviewRequest } | { error: string } {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return { error: "the body must be a JSON object" };
  const { status, note, expectedVersion } = body as Record<string, unknown>;
  if (typeof status !== "string" || !isFlagStatus(status)) return { error: 'status must be "open", "accepted" or "dismissed"' };
  if (typeof expectedVersion !== "number" || !Number.isInteger(expectedVersion) || expectedVersion < 1) {
    return { error: "expectedVersion must be the flag version you saw (a positive integer)" };
  }
  if (note !== undefined && note !== null && typeof note !== "string") return { error: "note must be text" };
  const trimmed = typeof note === "string" ? note.trim() : "";
  if (trimmed.length > MAX_REVIEW_NOTE_LENGTH) return { error: `note is longer than ${MAX_REVIEW_NOTE_LENGTH} characters` };
  return { request: { status, note: trimmed === "" ? null : trimmed, expectedVersion } };
}
