import type { PrismaClient } from "@/generated/prisma/client";

/**
 * Recomputes the stored flags of every article's latest revision after the glossary changed,
 * carrying review decisions by fingerprint. Not written yet (this stage fixes the signature
 * the glossary services call).
 */
export async function recomputeFlagsAfterGlossaryChange(_prisma: PrismaClient): Promise<void> {}
