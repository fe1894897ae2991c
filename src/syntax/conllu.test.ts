import { describe, expect, it } from 'vitest';
import { formatConllu, parseConllu } from './conllu.js';

const SAMPLE = [
  '# sent_id = s1',
  '# text = I don\'t know.',
  '1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_',
  '2-3\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_',
  '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_',
  '4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
].join('\n');

describe('parseConllu', () => {
  it('reads syntactic words and keeps a multiword range aside', () => {
    const [sentence] = parseConllu(SAMPLE);
    expect(sentence.tokens.map((t) => t.form)).toEqual(['I', 'do', "n't", 'know', '.']);
    expect(sentence.tokens[3]).toMatchObject({ head: 0, deprel: 'root', noSpaceAfter: true });
    expect(sentence.extraLines.get(1)).toEqual(["2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_"]);
  });

  it('writes back what it read', () => {
    expect(formatConllu(parseConllu(SAMPLE)[0])).toBe(SAMPLE + '\n');
  });

  it('names the file and line of a malformed row', () => {
    expect(() => parseConllu('1\tI\tI\n', 'bad.conllu')).toThrow('bad.conllu:1: expected 10 tab-separated columns, found 3');
    expect(() => parseConllu('2\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n', 'bad.conllu')).toThrow('bad.conllu:1: word ID 2 out of sequence');
  });
});
