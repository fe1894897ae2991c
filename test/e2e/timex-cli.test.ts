// `annalist timex` and `annalist eval-timex` end to end, as built processes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli, show } from '../helpers/cli.js';

// A non-breaking space and a hover card the clean stage removes: offsets must still point into this text.
const TEXT = 'Maduro\u00a0met Petro on Friday. President TrumpDonald John TrumpDavis: Supreme Court decision is bad news for Trump MORE visited Caracas in 2018 for two days.';

const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>tiny</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-01" functionInDocument="CREATION_TIME">March 1, 1998</TIMEX3></DCT>
<TEXT>
Prices fell <TIMEX3 tid="t1" type="DATE" value="1998-W08">last week</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P2Y">two years</TIMEX3> of gains.
</TEXT>
</TimeML>
`;

let work: string;

beforeAll(() => {
  buildCli();
  work = mkdtempSync(path.join(tmpdir(), 'annalist-timex-'));
  writeFileSync(path.join(work, 'articles.jsonl'), `${JSON.stringify({ id: 'a1', published: '2024-03-14', text: TEXT })}\n`);
  mkdirSync(path.join(work, 'tml'));
  writeFileSync(path.join(work, 'tml', 'tiny.tml'), TML);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('annalist timex', () => {
  it('prints one JSON line per expression, with offsets into the text as given', () => {
    const result = runCli(['timex', 'articles.jsonl', '--quiet'], work);
    expect(result.code, show(result)).toBe(0);
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((r) => [r.text, r.type, r.value])).toEqual([['Friday', 'DATE', '2024-03-08'], ['2018', 'DATE', '2018'], ['two days', 'DURATION', 'P2D']]);
    for (const record of records) {
      expect(Object.keys(record)).toEqual(['article_id', 'start', 'end', 'text', 'type', 'value']);
      expect(TEXT.slice(record.start, record.end)).toBe(record.text);
    }
  });

  it('takes --published for inputs without a date', () => {
    writeFileSync(path.join(work, 'undated.txt'), 'The talks ended yesterday.');
    const result = runCli(['timex', 'undated.txt', '--published', '2019-12-08', '--quiet'], work);
    expect(JSON.parse(result.stdout).value, show(result)).toBe('2019-12-07');
  });
});

describe('annalist eval-timex', () => {
  it('scores a TimeML folder and prints the TempEval-3 figures as JSON', () => {
    const result = runCli(['eval-timex', 'tml', '--json'], work);
    expect(result.code, show(result)).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ documents: 1, counts: { gold: 2, predicted: 2, strict: 2, relaxed: 2, value: 2 }, valueF1: 1 });
  });

  it('prints a table for people', () => {
    const result = runCli(['eval-timex', 'tml'], work);
    expect(result.stdout, show(result)).toMatch(/strict span\s+1\.000\s+1\.000\s+1\.000/);
    expect(result.stdout).toMatch(/value F1\s+1\.000/);
  });

  it('says which folder is missing, with the input exit code (negative)', () => {
    const result = runCli(['eval-timex', 'no-such-folder'], work);
    expect(result.code, show(result)).toBe(3);
    expect(result.stderr).toMatch(/no-such-folder: no such folder/);
  });
});
