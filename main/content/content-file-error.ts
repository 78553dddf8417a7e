/**
 * A fault in one content file, located so an author can fix it: the parser throws it and the loader turns
 * it into a `ContentError` of the library.
 */
export class ContentFileError extends Error {
  override readonly name = 'ContentFileError';
  /** The file as given to the parser (relative to the content folder, forward slashes, when loaded). */
  readonly file: string;
  /** 1-based line of the fault. */
  readonly line: number;
  /** The fault without its location: what `ContentError.message` carries. */
  readonly reason: string;

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** Throws a fault of `file`; converters take one so they need not know the file name. */
export type Fail = (line: number, reason: string) => never;

export function failIn(file: string): Fail {
  return (line, reason) => {
    throw new ContentFileError(file, line, reason);
  };
}
