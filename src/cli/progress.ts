// A progress bar on long runs, only when stderr is a terminal and --quiet is not given:
// piped output and CI logs stay clean.
import cliProgress from 'cli-progress';
import { printable } from '../printable.js';

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

export function createProgress(quiet: boolean): Progress {
  if (quiet || !process.stderr.isTTY) return { tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar({
    format: 'annalist {value} articles | {label}',
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
  }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    tick(label: string) {
      if (!started) {
        bar.start(0, 0, { label });
        started = true;
      }
      const shown = printable(label);
      bar.increment(1, { label: shown.length > 50 ? `…${shown.slice(-49)}` : shown });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
