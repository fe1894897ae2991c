// graphile-worker's log, as annalist writes it: warnings and errors pass through to `log`,
// the rest (a line per job) is dropped. A failed job is reported once, by the worker's own
// job:error handler, without graphile-worker's stack trace.
import { Logger } from 'graphile-worker';

export function workerLogger(log: (line: string) => void): Logger {
  return new Logger(() => (level, message, meta) => {
    if (level !== 'error' && level !== 'warning') return;
    if ((meta as { failure?: boolean } | undefined)?.failure) return;
    log(message);
  });
}
