/**
 * One recorded write, as pages show it: who, when (ISO 8601), what (`action` such as
 * "term.update" on `entity` "term" number `entityId`), and the record before and after it
 * (null where there was none: before a create, after a delete).
 */
export interface AuditRecord {
  id: number;
  at: string;
  editor: string;
  action: string;
  entity: string;
  entityId: number | null;
  before: unknown;
  after: unknown;
}

/** The actions written to the audit log. */
export type AuditAction = "term.create" | "term.update" | "term.delete" | "glossary.replace" | "flag.review";
