// The account of a batch that the CLI prints: every input ingested, a duplicate, or
// skipped with its reason. Deduplication happens in the store; it reports here.
import type { IngestItem } from './types.js';
import { printable } from '../printable.js';

export interface SkipRecord {
  input: string;
  reason: string;
}

export interface WarningRecord {
  input: string;
  warning: string;
}

export class IngestSummary {
  #ingested = 0;
  #duplicates = 0;
  #undated = 0;
  readonly skipped: SkipRecord[] = [];
  readonly warnings: WarningRecord[] = [];

  get ingested(): number {
    return this.#ingested;
  }

  get duplicates(): number {
    return this.#duplicates;
  }

  /** Articles read (not duplicates) that carry no publication date. */
  get undated(): number {
    return this.#undated;
  }

  /** Counts one item; `duplicate` says the store already held this article. */
  add(item: IngestItem, { duplicate = false }: { duplicate?: boolean } = {}): void {
    if (item.kind === 'skipped') {
      this.skipped.push({ input: item.input, reason: item.reason });
      return;
    }
    if (duplicate) this.#duplicates++;
    else this.#ingested++;
    if (!duplicate && item.article.published === null) this.#undated++;
    for (const warning of item.warnings) this.warnings.push({ input: item.input, warning });
  }

  /** "3 ingested, 1 duplicate, 2 skipped", then one line per skip and per warning. */
  render(): string {
    const counts = [`${this.ingested} ingested`, plural(this.duplicates, 'duplicate'), `${this.skipped.length} skipped`];
    if (this.warnings.length > 0) counts.push(plural(this.warnings.length, 'warning'));
    const lines = [counts.join(', ')];
    // Inputs are named as given, a file name's control characters escaped: one report line per input.
    for (const skip of this.skipped) lines.push(`  skipped ${printable(skip.input)}: ${printable(skip.reason)}`);
    for (const warning of this.warnings) lines.push(`  warning ${printable(warning.input)}: ${printable(warning.warning)}`);
    // Undated input fails quietly otherwise: events fall back to no date at all.
    if (this.#undated > 0) {
      lines.push(`  warning: ${this.#undated} of ${this.#ingested} articles have no publication date, so an event whose own sentence gives no date is undated `
        + '(and is never merged with another article\'s); give the date with --published YYYY-MM-DD, or a "published" field in JSONL');
    }
    return lines.join('\n');
  }

  toJSON(): { ingested: number; duplicates: number; undated: number; skipped: SkipRecord[]; warnings: WarningRecord[] } {
    return { ingested: this.ingested, duplicates: this.duplicates, undated: this.undated, skipped: this.skipped, warnings: this.warnings };
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
