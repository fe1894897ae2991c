// The AnnalistError a call throws, for tests that check its code, input and message.
import { expect } from 'vitest';
import { AnnalistError } from '../../src/errors.js';

export function thrownAnnalistError(call: () => unknown): AnnalistError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(AnnalistError);
    return error as AnnalistError;
  }
  throw new Error('expected an AnnalistError');
}
