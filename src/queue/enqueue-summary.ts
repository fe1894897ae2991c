// The account `annalist enqueue` prints: every input queued, found queued or stored
// already, a duplicate within the run, or skipped with its reason.
import type { EnqueueResult } from './enqueue-articles.js';

export class EnqueueSummary {
  queued = 0;
  alreadyQueued = 0;
  alreadyStored = 0;
  /** The same article (content hash) twice among this run's inputs. */
  duplicates = 0;
  readonly skipped: { input: string; reason: string }[] = [];
  readonly warnings: { input: string; warning: string }[] = [];

  addEnqueued(result: EnqueueResult): void {
    this.queued += result.queued.length;
    this.alreadyQueued += result.alreadyQueued.length;
  }

  addSkip(input: string, reason: string): void {
    this.skipped.push({ input, reason });
  }

  addWarning(input: string, warning: string): void {
    this.warnings.push({ input, warning });
  }

  /** "3 queued, 1 already queued, 2 already stored, 0 duplicates, 1 skipped", then one line per skip and warning. */
  render(): string {
    const counts = [
      `${this.queued} queued`, `${this.alreadyQueued} already queued`, `${this.alreadyStored} already stored`,
      `${this.duplicates} duplicate${this.duplicates === 1 ? '' : 's'}`, `${this.skipped.length} skipped`,
    ];
    if (this.warnings.length > 0) counts.push(`${this.warnings.length} warning${this.warnings.length === 1 ? '' : 's'}`);
    const lines = [counts.join(', ')];
    for (const skip of this.skipped) lines.push(`  skipped ${skip.input}: ${skip.reason}`);
    for (const warning of this.warnings) lines.push(`  warning ${warning.input}: ${warning.warning}`);
    return lines.join('\n');
  }
}
