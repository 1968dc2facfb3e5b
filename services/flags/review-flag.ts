import type { ReviewRequest } from "@/core/flag-reports";
import { reviewFlag as recordReview, type ReviewResult } from "@/db/flags";
import type { PrismaClient } from "@/generated/prisma/client";

export type ReviewOutcome = ReviewResult;

/**
 * An editor's decision on a flag (accepted, dismissed, or open again) with a note, recorded with
 * an audit entry when nobody reviewed the flag since the version the editor saw; otherwise a
 * conflict carrying the flag as it now is. Authorisation is the caller's (a write route checks
 * the editor's session and CSRF token first).
 */
export async function reviewFlag(prisma: PrismaClient, flagId: number, request: ReviewRequest, editor: string): Promise<ReviewOutcome> {
  return recordReview(prisma, flagId, request, editor);
}
