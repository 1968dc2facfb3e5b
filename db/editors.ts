import type { PrismaClient } from "@/generated/prisma/client";

/** Notes that `name` signed in now: the Editor row is made on the first sign-in and stamped on every later one. */
export async function recordEditorSignIn(prisma: PrismaClient, name: string): Promise<void> {
  const now = new Date();
  await prisma.editor.upsert({
    where: { name },
    create: { name, createdAt: now, lastSignedInAt: now },
    update: { lastSignedInAt: now },
  });
}
