import { describe, expect, it } from 'vitest';
import { makeEvent } from '../store/fixtures.js';
import { exportEvents } from './format.js';
import { jsonl } from './jsonl.js';

describe('jsonl export', () => {
  it('writes nothing for no events', () => {
    expect(exportEvents(jsonl, [])).toBe('');
  });

  it('writes one record per line that parses back to the event', () => {
    const events = [makeEvent(), makeEvent({ id: 'article-1:2', actor: null, date: null, date_source: 'none' })];
    const lines = exportEvents(jsonl, events).split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((line) => JSON.parse(line))).toEqual(events);
  });

  it('keeps tabs, newlines and line separators inside their record', () => {
    const text = 'He said:\t"no"\r\nThen\u2028more\u2029end';
    const event = makeEvent({ evidence: { start: 0, end: text.length, text } });
    const output = exportEvents(jsonl, [event]);
    expect(output.split(/\r\n|\r|\n|\u2028|\u2029/)).toHaveLength(2);
    expect(output).toContain('\\u2028');
    expect(JSON.parse(output).evidence.text).toBe(text);
  });
});
