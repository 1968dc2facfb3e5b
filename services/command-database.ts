/**
 * The database for one-shot commands (the command line): opened with every pending migration
 * applied first, so a command works on a brand-new database, and closed when the command is
 * done. The web app does not use this module: `parallax serve` migrates before starting it.
 */
export { closeDatabase } from "@/db/client";
export { openMigratedDatabase } from "@/db/open";
