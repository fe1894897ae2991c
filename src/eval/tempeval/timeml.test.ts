import { describe, expect, it } from 'vitest';
import { AnnalistError } from '../../errors.js';
import { parseTimeML } from './timeml.js';

const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>wire_0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-01T14:11:00" functionInDocument="CREATION_TIME">March 1, 1998</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">cut</EVENT> prices <TIMEX3 tid="t1" type="DATE" value="1998-W08">last week</TIMEX3>, &quot;for <TIMEX3 tid="t2" type="DURATION" value="P2Y">two years</TIMEX3>.&quot;<TIMEX3 tid="t3" type="DURATION" value="P3D" beginPoint="t1" endPoint="t0"/>
</TEXT>
</TimeML>`;

describe('parseTimeML', () => {
  it('reads the text with tags stripped and entities decoded, and each TIMEX3 as a span of it', () => {
    const document = parseTimeML(TML, 'wire_0001.tml');
    expect(document.id).toBe('wire_0001');
    expect(document.dct).toBe('1998-03-01');
    expect(document.text).toBe('\nAT&T cut prices last week, "for two years."\n');
    expect(document.timexes.map((t) => [t.tid, t.text, t.type, t.value])).toEqual([['t1', 'last week', 'DATE', '1998-W08'], ['t2', 'two years', 'DURATION', 'P2Y']]);
    for (const timex of document.timexes) expect(document.text.slice(timex.start, timex.end)).toBe(timex.text);
  });

  it('leaves out the creation time and the empty (implicit) TIMEX3', () => {
    expect(parseTimeML(TML, 'x.tml').timexes.map((t) => t.tid)).not.toContain('t0');
    expect(parseTimeML(TML, 'x.tml').timexes.map((t) => t.tid)).not.toContain('t3');
  });

  it('names the file when there is no TEXT element (negative)', () => {
    expect(() => parseTimeML('<TimeML><DOCID>x</DOCID></TimeML>', 'broken.tml')).toThrowError(AnnalistError);
    expect(() => parseTimeML('<TimeML></TimeML>', 'broken.tml')).toThrowError(/broken\.tml: no <TEXT> element/);
  });

  it('has no creation date when the DCT is missing', () => {
    expect(parseTimeML('<TEXT>Now.</TEXT>', 'x.tml').dct).toBeNull();
  });
});
