/**
 * The database named by DATABASE_URL (or the embedded store) could not be opened or brought
 * up to date: a server that does not answer, a refused login, a folder we cannot write. The
 * message is one line that names the database and the reason; the cause keeps the details.
 */
export class DatabaseOpenError extends Error {
  override readonly name = "DatabaseOpenError";
}
