import { describe, expect, it } from 'vitest';
import { AnnalistError } from '../../errors.js';
import { isConnectionError } from './connection-error.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isConnectionError', () => {
  it('recognises refused, reset and dropped connections and a server starting or stopping', () => {
    expect(isConnectionError(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(isConnectionError(withCode('the database system is starting up', '57P03'))).toBe(true);
    expect(isConnectionError(withCode('terminating connection due to administrator command', '57P01'))).toBe(true);
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('looks through the causes of a wrapped error', () => {
    const cause = withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED');
    expect(isConnectionError(new AnnalistError('store', 'cannot open PostgreSQL database', { cause }))).toBe(true);
  });

  it('does not take a wrong request or a wrong address for a passing outage', () => {
    expect(isConnectionError(withCode('password authentication failed for user "x"', '28P01'))).toBe(false);
    expect(isConnectionError(withCode('database "nope" does not exist', '3D000'))).toBe(false);
    expect(isConnectionError(withCode('getaddrinfo ENOTFOUND db.example', 'ENOTFOUND'))).toBe(false);
    expect(isConnectionError(new Error('syntax error'))).toBe(false);
    expect(isConnectionError('ECONNREFUSED')).toBe(false);
  });
});
