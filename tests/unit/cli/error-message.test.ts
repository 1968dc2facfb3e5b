import { afterEach, describe, expect, it, vi } from "vitest";
import { describeError, firstLineOf } from "@/cli/error-message";
import { main } from "@/cli/main";
import { UsageError } from "@/cli/usage-error";
import { InputError } from "@/core/errors";

/** What compare-chinese throws in these tests, instead of comparing anything. */
const thrown = vi.hoisted(() => ({ value: undefined as unknown, args: [] as string[] }));
vi.mock("@/cli/commands/compare-chinese", () => ({
  runCompareChinese: async (args: string[]) => {
    thrown.args = args;
    throw thrown.value;
  },
}));

async function stderrOf(argv: string[]): Promise<{ code: number; stderr: string }> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, "error").mockImplementation((...parts: unknown[]) => void lines.push(parts.join(" ")));
  try {
    const code = await main(argv);
    return { code, stderr: lines.join("\n") };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => {
  thrown.value = undefined;
});

describe("describeError", () => {
  it("prints errors written for the user as they are", () => {
    expect(describeError(new InputError("en.html", "the page has no article body"), false)).toBe("en.html: the page has no article body");
    expect(describeError(new UsageError("--from is required"), true)).toBe("--from is required");
    const busy = Object.assign(new Error("the database is in use by parallax serve (pid 12)"), { name: "DatabaseBusyError" });
    expect(describeError(busy, false)).toBe("the database is in use by parallax serve (pid 12)");
    const unreachable = Object.assign(new Error("PostgreSQL at 127.0.0.1:1 does not answer"), { name: "DatabaseOpenError" });
    expect(describeError(unreachable, false)).toBe("PostgreSQL at 127.0.0.1:1 does not answer");
  });

  it("gives an unexpected error one line and a hint, and its stack only when verbose", () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'rows')\n    more detail");
    expect(describeError(error, false)).toBe("TypeError: Cannot read properties of undefined (reading 'rows') (run again with --verbose for details)");
    const verbose = describeError(error, true);
    expect(verbose).toContain("TypeError: Cannot read properties of undefined");
    expect(verbose).toMatch(/\n\s+at /);
  });

  it("reads thrown values that are not Errors", () => {
    expect(firstLineOf({ message: "PGlite: the data folder is locked", code: "ELOCKED" })).toBe("PGlite: the data folder is locked");
    expect(firstLineOf({ code: "ELOCKED", path: "/data/pglite" })).toBe("{ code: 'ELOCKED', path: '/data/pglite' }");
    expect(firstLineOf("plain text\nsecond line")).toBe("plain text");
    expect(firstLineOf(undefined)).toBe("undefined");
    expect(firstLineOf(new Error(""))).toBe("Error");
    for (const value of [{ code: 1 }, { message: { nested: true } }, [1, 2]]) expect(describeError(value, false)).not.toContain("[object Object]");
  });
});

describe("main", () => {
  it("prints an unexpected error in one line, and everything with --verbose anywhere in the arguments", async () => {
    thrown.value = { code: "ELOCKED", detail: "lock held through a symbolic link" };
    const plain = await stderrOf(["compare-chinese", "a.txt", "b.txt"]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toBe(
      "parallax compare-chinese: { code: 'ELOCKED', detail: 'lock held through a symbolic link' } (run again with --verbose for details)",
    );

    thrown.value = new RangeError("offset out of range");
    const oneLine = await stderrOf(["compare-chinese", "a.txt", "b.txt"]);
    expect(oneLine.stderr.split("\n")).toEqual(["parallax compare-chinese: RangeError: offset out of range (run again with --verbose for details)"]);
    for (const argv of [["--verbose", "compare-chinese", "a.txt", "b.txt"], ["compare-chinese", "a.txt", "--verbose", "b.txt"]]) {
      const verbose = await stderrOf(argv);
      expect(verbose.code).toBe(1);
      expect(verbose.stderr).toMatch(/^parallax compare-chinese: RangeError: offset out of range\n\s+at /);
    }
  });

  it("passes --verbose to no command, and leaves arguments after -- alone", async () => {
    thrown.value = new UsageError("usage: parallax compare-chinese <hans.txt> <hant.txt> [--json]");
    expect(await stderrOf(["compare-chinese", "--verbose", "a.txt"])).toEqual({
      code: 1,
      stderr: "parallax compare-chinese: usage: parallax compare-chinese <hans.txt> <hant.txt> [--json]",
    });
    expect(thrown.args).toEqual(["a.txt"]);
    await stderrOf(["compare-chinese", "a.txt", "--", "--verbose"]);
    expect(thrown.args).toEqual(["a.txt", "--", "--verbose"]);
  });
});
