import { describe, expect, it } from 'vitest';
import { parsePetrarchRecords } from './records.js';

const xml = `<Sentences>
<!-- a comment with <Sentence id="fake"> inside -->
<Sentence category="DEMO" date="19950101" id="DEMO-01" evaluate="true">
<EventCoding eventcode="050" sourcecode="ARN" targetcode="GON" />
<EventCoding eventcode="112" sourcecode="ETH" targetcode="ERI" />
<Text>
Arnor is about to restore ties with Gondor &amp; friends.
</Text>
<Parse>1 Arnor</Parse>
</Sentence>
<Sentence category="ERROR" date="19950101" id="ERR-01" evaluate="false">
<EventCoding noevents="True"/>
<Text>Nothing here.</Text>
</Sentence>
<Sentence category="BROKEN" id="BAD-01"> unclosed &
</Sentences>`;

describe('parsePetrarchRecords', () => {
  it('reads each Sentence on its own: attributes, codings, text with entities decoded and lines joined', () => {
    const [demo, error] = parsePetrarchRecords(xml, 'x.xml');
    expect(demo).toMatchObject({ id: 'DEMO-01', category: 'DEMO', date: '1995-01-01', evaluate: true, text: 'Arnor is about to restore ties with Gondor & friends.' });
    expect(demo.codings).toEqual([{ event: '050', source: 'ARN', target: 'GON' }, { event: '112', source: 'ETH', target: 'ERI' }]);
    expect(error).toMatchObject({ id: 'ERR-01', evaluate: false, codings: [] });
  });

  it('skips comments and an element that never closes, without failing the file', () => {
    expect(parsePetrarchRecords(xml, 'x.xml').map((r) => r.id)).toEqual(['DEMO-01', 'ERR-01']);
  });
});
