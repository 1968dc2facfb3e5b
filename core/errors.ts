/**
 * An error in what a user gave us (a file, a folder, an argument), as opposed to a bug.
 * `where` names the file (and line, when known) so the message can say what was wrong and where.
 * The CLI prints `${where}: ${message}` and exits 1; the web import answers 400/422.
 */
export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(message);
  }

  /** "path/to/file.html: the page has no article body" */
  describe(): string {
    return `${this.where}: ${this.message}`;
  }
}
