import { InputError } from "@/core/errors";

/** What `run` says about bad input: the description of the InputError it throws (and it must throw one). */
export function inputErrorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.describe();
    throw error;
  }
  throw new Error("expected an InputError");
}
