import type { AuditAction, AuditRecord } from "@/core/audit";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";

export interface AuditDraft {
  editor: string;
  action: AuditAction;
  entity: "term" | "glossary" | "flag";
  entityId: number | null;
  before: unknown;
  after: unknown;
}

/**
 * Records one write in the audit log. Call it with the transaction client of the write
 * itself, so the entry exists exactly when the write does.
 */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditDraft): Promise<void> {
  await tx.auditEntry.create({
    data: { ...entry, before: asJson(entry.before), after: asJson(entry.after) },
  });
}

/** The audit entries of one record, newest first (at most `limit`). */
export async function listAuditEntries(
  prisma: PrismaClient,
  entity: AuditDraft["entity"],
  entityId: number,
  limit = 50,
): Promise<AuditRecord[]> {
  const rows = await prisma.auditEntry.findMany({
    where: { entity, entityId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map(toAuditRecord);
}

function toAuditRecord(row: Prisma.AuditEntryGetPayload<object>): AuditRecord {
  return {
    id: row.id,
    at: row.at.toISOString(),
    editor: row.editor,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    before: row.before,
    after: row.after,
  };
}

function asJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return value === null || value === undefined ? Prisma.DbNull : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

/** The audit entries of several records of one kind (a page of terms), newest first, grouped by record id. */
export async function listAuditEntriesOf(
  prisma: PrismaClient,
  entity: AuditDraft["entity"],
  entityIds: readonly number[],
  limitEach = 20,
): Promise<Map<number, AuditRecord[]>> {
  const grouped = new Map<number, AuditRecord[]>();
  if (entityIds.length === 0) return grouped;
  const rows = await prisma.auditEntry.findMany({
    where: { entity, entityId: { in: [...entityIds] } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
  });
  for (const row of rows) {
    if (row.entityId === null) continue;
    const list = grouped.get(row.entityId) ?? [];
    if (list.length < limitEach) list.push(toAuditRecord(row));
    grouped.set(row.entityId, list);
  }
  return grouped;
}
