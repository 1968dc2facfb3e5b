import path from "node:path";
import { resolveDatabaseTarget, describeTarget } from "@/db/config";
import { applyPendingMigrations, createMigration, readMigrationStatus } from "@/db/migrations";
import { UsageError } from "../usage-error";
import { runGlossary } from "./glossary";
import { importAndReport } from "./import";

/** The demo library shipped with the repository (our own writing). */
export const demoArticlesDir = path.join(process.cwd(), "demo", "articles");
const demoGlossaryFile = path.join(process.cwd(), "demo", "glossary.csv");

/** `parallax db migrate | status | seed | create-migration <name>` */
export async function runDb(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  switch (action) {
    case "migrate":
      await migrate();
      return 0;
    case "status":
      return status();
    case "seed":
      return seed();
    case "create-migration": {
      const folder = await createMigration(rest.join("_"));
      console.log(folder ? `Created ${path.relative(process.cwd(), folder)}/migration.sql` : "The schema has no changes.");
      return 0;
    }
    default:
      throw new UsageError("usage: parallax db migrate | status | seed | create-migration <name>");
  }
}

export async function migrate(): Promise<void> {
  const target = resolveDatabaseTarget();
  const applied = await applyPendingMigrations(target);
  console.log(
    applied.length > 0
      ? `Applied ${applied.length} migration${applied.length === 1 ? "" : "s"} to ${describeTarget(target)}: ${applied.join(", ")}`
      : `${describeTarget(target)} is up to date.`,
  );
}

async function status(): Promise<number> {
  const report = await readMigrationStatus(resolveDatabaseTarget());
  console.log(`${report.target}: ${report.applied.length} applied, ${report.pending.length} pending`);
  for (const name of report.pending) console.log(`  pending: ${name}`);
  for (const problem of report.problems) console.log(`  problem: ${problem}`);
  return report.pending.length === 0 && report.problems.length === 0 ? 0 : 1;
}

/** Loads the demo glossary, then the demo articles (through the same glossary command and import service as any others). */
export async function seed(): Promise<number> {
  const glossaryCode = await runGlossary([demoGlossaryFile]);
  return glossaryCode === 0 ? importAndReport([demoArticlesDir], { command: "db seed" }) : glossaryCode;
}
