import { describe, expect, it } from 'vitest';
import { applyEdits } from '../offset-map.js';
import { hoverCardCleaner } from './hover-card.js';

function clean(text: string): string {
  return applyEdits(text, hoverCardCleaner.find(text, { title: null })).text;
}

describe('hover-card cleaner', () => {
  it('removes the cards of seed 000', () => {
    const text = 'President TrumpDonald John TrumpDavis: Supreme Court decision is bad news for Trump, good news for Vance Meadows trying to root out suspected White House leakers by feeding them info: Axios Pressley hits DeVos over reopening schools: \'I wouldn\'t trust you to care for a house plant let alone my child\' MORE’s personal attorney Rudy GiulianiRudy GiulianiDavis: Supreme Court decision is bad news for Trump, good news for Vance Sunday shows preview: Coronavirus poses questions about school safety; Trump commutes Roger Stone sentence Nadler: Barr dealings with Berman came \'awfully close to bribery\' MORE was on a phone call with Venezuelan President Nicolás Maduro last September.';
    expect(clean(text)).toBe('President Trump’s personal attorney Rudy Giuliani was on a phone call with Venezuelan President Nicolás Maduro last September.');
  });

  it('removes a card whose full name differs from the link text', () => {
    const text = 'Giuliani was on the call along with then-Rep. Pete SessionsPeter Anderson SessionsFormer FBI Director William Sessions dies at age 90 Texas kicks off critical battle for House control MORE (R-Texas) as part of a diplomatic effort.';
    expect(clean(text)).toBe('Giuliani was on the call along with then-Rep. Pete Sessions (R-Texas) as part of a diplomatic effort.');
  });

  it('proposes one deletion per card, from after the link text through MORE', () => {
    const text = 'Sen. Mitch McConnellAddison (Mitch) Mitchell McConnellSenate leaves for recess MORE (R-Ky.) said.';
    const edits = hoverCardCleaner.find(text, { title: null });
    expect(edits).toEqual([{ start: text.indexOf('Addison'), end: text.indexOf(' (R-Ky.)'), replacement: '', cleaner: 'hover-card' }]);
  });

  it('handles nicknames, particles, hyphens, apostrophes and NBSPs in the full name', () => {
    expect(clean('Sen. Chris Van HollenChristopher (Chris) Van HollenDemocrats push for vote MORE (D-Md.)'))
      .toBe('Sen. Chris Van Hollen (D-Md.)');
    expect(clean('Rep. Alexandria Ocasio-CortezAlexandria\u00a0Ocasio-Cortez\'Squad\' grows MORE said'))
      .toBe('Rep. Alexandria Ocasio-Cortez said');
    expect(clean('Beto O\'RourkeRobert (Beto) Francis O\'RourkeTexas primary heats up MORE spoke'))
      .toBe('Beto O\'Rourke spoke');
  });

  it('cuts at the end of the link word when a name is itself camel-case', () => {
    expect(clean('Rep. Kevin McCarthyKevin Owen McCarthyHouse GOP unveils plan MORE (R-Calif.)'))
      .toBe('Rep. Kevin McCarthy (R-Calif.)');
    expect(clean('Rep. Scott DesJarlaisScott Eugene DesJarlaisTennessee primary MORE (R-Tenn.)'))
      .toBe('Rep. Scott DesJarlais (R-Tenn.)');
    expect(clean('LeBron JamesLeBron Raymone JamesLakers win MORE scored'))
      .toBe('LeBron James scored');
  });

  it('removes a card without teasers', () => {
    expect(clean('Speaker Nancy PelosiNancy Pelosi MORE said')).toBe('Speaker Nancy Pelosi said');
  });

  it('removes several cards in one paragraph', () => {
    expect(clean('Betsy DeVosElisabeth (Betsy) DeVosSchools reopen MORE and Nancy PelosiNancy PelosiHouse votes MORE met.'))
      .toBe('Betsy DeVos and Nancy Pelosi met.');
  });

  describe('negatives', () => {
    const untouched = [
      'McDonald\'s said MORE stores would open.',
      'Education Secretary Betsy DeVos said she wants MORE funding.',
      'Senate Majority Leader Mitch McConnell spoke. MORE TO COME.',
      'LeBron James scored 40 points and wants MORE.',
      'The new iPhone sold MORE units than expected.',
      'TRUMP SAYS MORE TALKS WITH MADURO ARE NEEDED',
      'He wanted more time, and more money.',
      'President TrumpDonald John TrumpDavis: Supreme Court decision is bad news for Trump',
      'Sen. Joe ManchinJoe Manchin said on Sunday that he wants MORE.',
      'The U.S.Army said it would send MORE troops.',
      'YouTube and PayPal said MORE users signed up.',
    ];
    it.each(untouched)('leaves %j alone', (text) => {
      expect(hoverCardCleaner.find(text, { title: null })).toEqual([]);
    });

    it('does not reach past the end of a paragraph for MORE', () => {
      const text = 'President TrumpDonald John TrumpDavis: a headline\n\nMORE was said.';
      expect(hoverCardCleaner.find(text, { title: null })).toEqual([]);
    });

    it('does not reach further than a card can be long for MORE', () => {
      const text = `President TrumpDonald John TrumpDavis: ${'a headline '.repeat(60)}MORE was said.`;
      expect(hoverCardCleaner.find(text, { title: null })).toEqual([]);
    });
  });
});
