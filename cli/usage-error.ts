/** Wrong command-line arguments: printed as a message, without a stack trace. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
