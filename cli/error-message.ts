import { inspect } from "node:util";
import { InputError } from "@/core/errors";

/**
 * Errors whose message is written for the user (what was wrong and where): printed as they
 * are. Matched by name so that recognising one does not load its module (DatabaseBusyError
 * and DatabaseOpenError live in db/, which the file-only commands never load).
 */
const USER_FACING_ERRORS = new Set(["UsageError", "DatabaseBusyError", "DatabaseOpenError"]);

/**
 * What the CLI prints for an error a command threw: one line for the user. An unexpected
 * error (a bug, a library failing) says so in one line too, and with `verbose` prints
 * everything there is (the stack, the cause). A thrown value that is not an Error
 * (some libraries throw plain objects, e.g. PGlite's lock errors) is described by its own
 * message when it has one, else shown as its contents — never as "[object Object]".
 */
export function describeError(error: unknown, verbose: boolean): string {
  if (error instanceof InputError) return error.describe();
  if (error instanceof Error && USER_FACING_ERRORS.has(error.name)) return error.message;
  if (verbose) return detailOf(error);
  return `${firstLineOf(error)} (run again with --verbose for details)`;
}

/** The one-line summary of any thrown value. */
export function firstLineOf(error: unknown): string {
  const text = summaryOf(error).trim();
  const firstLine = text.split("\n", 1)[0]?.trim() ?? "";
  return firstLine === "" ? "unknown error" : firstLine;
}

function summaryOf(error: unknown): string {
  if (error instanceof Error) {
    if (error.message !== "") return error.name === "Error" ? error.message : `${error.name}: ${error.message}`;
    return error.name;
  }
  if (typeof error === "string") return error;
  const message = messageProperty(error);
  if (message !== undefined) return message;
  return inspect(error, { depth: 2, breakLength: Infinity, compact: true });
}

function messageProperty(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || !("message" in value)) return undefined;
  const message = (value as { message: unknown }).message;
  return typeof message === "string" && message.trim() !== "" ? message : undefined;
}

/** Stack and causes of an Error; the full contents of anything else. */
function detailOf(error: unknown): string {
  if (error instanceof Error) return inspect(error, { depth: 4 });
  if (typeof error === "string") return error;
  return inspect(error, { depth: 4 });
}
