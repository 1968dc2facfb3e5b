import { constants, type Stats } from "node:fs";
import { lstat, open, realpath, stat } from "node:fs/promises";
import { dirname, relative, isAbsolute } from "node:path";
import { InputError } from "../core/errors";
import { formatBytes, IMPORT_LIMITS } from "../core/import-limits";

/**
 * Checks on what sits at a path before the importer opens it. A folder someone sent us
 * may hold a language file that is really a symbolic link to `/etc/passwd`, a FIFO (which
 * blocks a reader forever), a device or a socket; none of them is read.
 */

/** "a FIFO (named pipe)", "a socket", … for anything that is not a regular file or a folder. */
export function describeSpecialFile(info: Stats): string {
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  return "not a regular file";
}

/** Why `stat`/`realpath` failed, in words: a loop, a dangling link, no permission. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ELOOP":
      return "a symbolic link that loops (it points back at itself)";
    case "ENOENT":
      return "no such file or folder (or a symbolic link to nothing)";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENAMETOOLONG":
      return "the path is too long";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

/** Is `path` (a real path) `folder` itself or inside it? Both must be real (symlink-free) paths. */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/**
 * The real location of a path found in `folder`, refusing a symbolic link that leads out of
 * the folder (or loops, or points at nothing). A link to another file of the same folder is
 * fine (`zh-Hant.txt → versions/tw.txt`).
 *
 * @param folderReal the real path of the folder that holds `path`
 * @throws InputError(shownAs, …)
 */
export async function resolveWithin(path: string, folderReal: string, shownAs: string): Promise<string> {
  const link = await lstat(path).catch((error: unknown) => {
    throw new InputError(shownAs, describeFsError(error));
  });
  if (!link.isSymbolicLink()) return path;
  const target = await realpath(path).catch((error: unknown) => {
    throw new InputError(shownAs, describeFsError(error));
  });
  if (!isInside(folderReal, target)) {
    throw new InputError(shownAs, `a symbolic link to ${target}, outside the folder ${folderReal}; refused`);
  }
  return target;
}

/** `resolveWithin` for a file named on its own: the folder that holds it is the boundary. */
export async function resolveBesideItself(path: string, shownAs: string): Promise<string> {
  const folderReal = await realpath(dirname(path)).catch((error: unknown) => {
    throw new InputError(shownAs, describeFsError(error));
  });
  return resolveWithin(path, folderReal, shownAs);
}

/**
 * Reads the bytes of a file a user gave (a language file, a glossary), refusing anything
 * but a regular file of at most IMPORT_LIMITS.maxFileBytes. The file is opened without blocking (a FIFO would otherwise
 * wait for a writer forever) and checked on the open handle, so a file swapped for a FIFO
 * after discovery is refused too.
 *
 * @throws InputError(shownAs, …)
 */
export async function readRegularFile(path: string, shownAs: string = path): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: unknown) => {
    throw new InputError(shownAs, describeFsError(error));
  });
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError(shownAs, "is a folder; expected a language file");
    if (!info.isFile()) throw new InputError(shownAs, `${describeSpecialFile(info)}, not a regular file; refused`);
    if (info.size > IMPORT_LIMITS.maxFileBytes) {
      throw new InputError(
        shownAs,
        `the file is ${formatBytes(info.size)}; the limit is ${formatBytes(IMPORT_LIMITS.maxFileBytes)} per language file (README, "Limits")`,
      );
    }
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

/** What is at `path` after following links: a file, a folder, something else, or null when nothing is. */
export async function statOrNull(path: string): Promise<Stats | null> {
  return stat(path).catch(() => null);
}
