/**
 * Errors that say what was expected, what was found and where (file and line), so an editor can fix the
 * input without reading code.
 */
export class IngestError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, message: string, line?: number, options?: { cause?: unknown }) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${message}`, options);
    this.name = 'IngestError';
    this.file = file;
    this.line = line;
  }
}

/** Re-throw anything thrown while processing `file` with the file's name attached (as Quartz does per stage). */
export function withFile<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof IngestError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new IngestError(file, message, undefined, { cause: error });
  }
}
