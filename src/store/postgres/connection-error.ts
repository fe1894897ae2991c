// Errors that say "the server is not there right now" (restarting, unreachable, a dropped
// connection) rather than "this request is wrong": worth waiting out, not worth failing on.
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE',
  '57P01', // admin_shutdown: the server is stopping
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the server is starting
]);

/** True when `error`, or an error it was caused by, is a lost or refused connection. */
export function isConnectionError(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
    if (/Connection terminated|connection error and is not queryable/.test(current.message)) return true;
  }
  return false;
}
