// A mistyped file name must not pass for success: the batch still reads every other input and
// reports the missing one among its skips, then the command exits with code 3 (bad input), so
// that a script or a scheduler notices.
import { statSync } from 'node:fs';
import { AnnalistError } from '../errors.js';
import { printable } from '../printable.js';

/** Throws an input error naming the inputs given on the command line that do not exist. */
export function failOnMissingInputs(inputs: readonly string[]): void {
  const missing = inputs.filter((input) => input !== '-' && !/^https?:\/\//i.test(input) && statSync(input, { throwIfNoEntry: false }) === undefined);
  if (missing.length === 0) return;
  throw new AnnalistError('input', `${missing.length === 1 ? 'input' : 'inputs'} not found: ${missing.map(printable).join(', ')}`);
}
