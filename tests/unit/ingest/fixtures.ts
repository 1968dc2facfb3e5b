import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The ingest fixtures folder (tests/fixtures/ingest). */
export const FIXTURES = join(import.meta.dirname, "../../fixtures/ingest");

/** A fixture's bytes, as the importer receives them. */
export function fixtureBytes(relativePath: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, relativePath)));
}

/** A UTF-8 fixture's text. */
export function fixtureText(relativePath: string): string {
  return readFileSync(join(FIXTURES, relativePath), "utf8");
}

/** Runs `action` and returns the error it throws (fails the test when it throws nothing). */
export function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error, but none was thrown");
}
