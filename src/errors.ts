// One error type for everything annalist reports to a user. The CLI maps codes to exit
// statuses in one place (src/cli/main.ts); nothing else decides how the process ends.

export type ErrorCode =
  | 'usage'          // the command line is wrong
  | 'input'          // an input could not be read or understood
  | 'lexicon'        // a lexicon file is malformed
  | 'model'          // a model file is missing, corrupt or of another version
  | 'store'          // the database could not be opened or written
  | 'pipeline'       // the pipeline was assembled wrongly or a stage failed
  | 'gold';          // a gold file is malformed

export class AnnalistError extends Error {
  readonly code: ErrorCode;
  /** The input the error is about (a path, `file:line`, a stage name), when there is one. */
  readonly input: string | null;

  constructor(code: ErrorCode, message: string, options: { input?: string; cause?: unknown } = {}) {
    super(options.input ? `${options.input}: ${message}` : message, { cause: options.cause });
    this.name = 'AnnalistError';
    this.code = code;
    this.input = options.input ?? null;
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
