// The Hill's hover cards. A linked name is scraped together with its pop-up card: the
// person's full name glued to the link text, then headline teasers, then "MORE":
//   "President TrumpDonald John TrumpDavis: Supreme Court … MORE’s personal attorney"
// The card is deleted from right after the link text through "MORE", leaving
// "President Trump’s personal attorney". Left in, the teasers become actors and events.
import type { Cleaner } from '../cleaner.js';
import type { TextEdit } from '../offset-map.js';

// Seed 000's longest card (three teasers) runs 291 characters; a card never spans a paragraph.
const MAX_CARD_LENGTH = 600;
// "Christopher (Chris) Van Hollen"; a longer run of capitalised words is prose, not a name.
const MAX_FULL_NAME_WORDS = 7;

// A lower-case letter (or the dot of "Jr.") glued to a capital: "TrumpDonald", "Jr.Robert".
const JOIN = /[\p{Ll}\p{M}.](?=\p{Lu})/gu;
// The link's last word, ending at the join: "Trump", "McConnell", "Ocasio-Cortez", "Jr.".
const LINK_WORD = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’.-]*$/u;
// One word of the card's full name: "Donald", "F.", "(Mitch)", "O'Rourke", or a particle ("Van", "de").
const NAME_WORD = /(?:\p{Lu}[\p{L}\p{M}'’.-]*|\(\p{Lu}[\p{L}\p{M}'’.-]*\)|(?:de|da|del|della|der|di|du|la|le|van|von|bin|ibn|al|dos|das)(?=[ \u00A0]))/uy;
// The card's closing link; "MORE’s" keeps its "’s" for the sentence.
const MORE = /\sMORE(?![\p{L}\p{N}])/u;
const LOWER = /\p{Ll}/u;

export const hoverCardCleaner: Cleaner = {
  name: 'hover-card',
  find(text) {
    const edits: TextEdit[] = [];
    const joins = [...text.matchAll(JOIN)].map((join) => join.index + join[0].length);
    let resumeAt = 0;
    for (let index = 0; index < joins.length; index++) {
      let cardStart = joins[index];
      if (cardStart < resumeAt) continue;
      let cardEnd = matchCard(text, cardStart);
      if (cardEnd < 0) continue;
      // "McConnellAddison (Mitch) Mitchell McConnellSenate …" also reads as link "Mc" with full
      // name "ConnellAddison … Mc"; of the joins in one glued word, the last card found wins.
      const wordEnd = endOfWord(text, cardStart);
      for (let later = index + 1; later < joins.length && joins[later] < wordEnd; later++) {
        const laterEnd = matchCard(text, joins[later]);
        if (laterEnd >= 0) [cardStart, cardEnd] = [joins[later], laterEnd];
      }
      edits.push({ start: cardStart, end: cardEnd, replacement: '', cleaner: 'hover-card' });
      resumeAt = cardEnd;
    }
    return edits;
  },
};

const SPACE = /\s/gu;

function endOfWord(text: string, start: number): number {
  SPACE.lastIndex = start;
  return SPACE.exec(text)?.index ?? text.length;
}

/** End of the card that starts at `cardStart` (just after the link text), or -1. */
function matchCard(text: string, cardStart: number): number {
  const link = LINK_WORD.exec(text.slice(Math.max(0, cardStart - 40), cardStart))?.[0];
  // "iPhone" has no capitalised link word; "U.S.Army" has no lower-case letter in it.
  if (!link || !LOWER.test(link)) return -1;
  const nameEnd = matchFullName(text, cardStart, link);
  if (nameEnd < 0) return -1;
  // The first teaser is glued to the name ("TrumpDavis:"); a space after the name is prose
  // ("Joe ManchinJoe Manchin said …") unless the card has no teasers and "MORE" follows at once.
  const next = text[nameEnd];
  if (next === undefined) return -1;
  if (/\s/u.test(next) && !text.startsWith('MORE', nameEnd + 1)) return -1;
  const window = text.slice(nameEnd, cardStart + MAX_CARD_LENGTH);
  const line = window.split('\n', 1)[0];
  const more = MORE.exec(line);
  if (!more) return -1;
  return nameEnd + more.index + more[0].length;
}

/**
 * End of the full name starting at `start` whose last word is `link` ("Donald John Trump"
 * for "Trump", "Peter Anderson Sessions" for "Sessions"), or -1.
 */
function matchFullName(text: string, start: number, link: string): number {
  let position = start;
  for (let words = 0; words < MAX_FULL_NAME_WORDS; words++) {
    const after = position + link.length;
    // "Trump" ends the name in "TrumpDavis:" but not in "Trumpington".
    if (text.startsWith(link, position) && !LOWER.test(text[after] ?? '')) return after;
    NAME_WORD.lastIndex = position;
    if (!NAME_WORD.test(text)) return -1;
    position = NAME_WORD.lastIndex;
    if (text[position] !== ' ' && text[position] !== '\u00A0') return -1;
    position++;
  }
  return -1;
}
