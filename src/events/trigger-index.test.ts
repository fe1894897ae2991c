import { describe, expect, it } from 'vitest';
import { runUpTo } from '../../test/helpers/article.js';
import { loadPatterns, patternSchema, type EventPattern } from './pattern.js';
import { TriggerIndex } from './trigger-index.js';

/** A pattern with the schema's defaults filled in, as the loader would give it. */
const pattern = (fields: Record<string, unknown>): EventPattern => patternSchema.parse(fields);

/** Matches over the whole of a one-sentence text, as [pattern id, trigger words]. */
function matches(patterns: EventPattern[], text: string): [string, string][] {
  const doc = runUpTo('nlp', text, '2019-12-08');
  const tokens = doc.tokenTable;
  return new TriggerIndex(patterns).match(tokens, 0, tokens.length).map((m) => [m.pattern.id, doc.tokenText(m.tokenStart, m.tokenEnd)]);
}

describe('TriggerIndex', () => {
  describe('longest trigger wins', () => {
    const call = pattern({ id: '041.bare-call.v1', cameo: '041', trigger: ['call|calls'] });
    const phoneCall = pattern({ id: '041.phone-call.v1', cameo: '041', trigger: ['phone call'] });
    const held = pattern({ id: '040.held.v1', cameo: '040', trigger: ['hold|held'] });
    const heldTalks = pattern({ id: '040.held-talks.v1', cameo: '040', trigger: ['hold|held talks with'] });

    it('"phone call" wins over the "call" inside it', () => {
      expect(matches([call, phoneCall], 'Maduro was on a phone call with Petro.')).toEqual([['041.phone-call.v1', 'phone call']]);
      // Order of the patterns does not matter.
      expect(matches([phoneCall, call], 'Maduro was on a phone call with Petro.')).toEqual([['041.phone-call.v1', 'phone call']]);
    });

    it('at one position, "held talks with" wins over "held"', () => {
      expect(matches([held, heldTalks], 'Maduro held talks with Petro.')).toEqual([['040.held-talks.v1', 'held talks with']]);
    });

    it('the shorter trigger still fires where the longer one does not', () => {
      expect(matches([call, phoneCall], 'The call lasted an hour.')).toEqual([['041.bare-call.v1', 'call']]);
      expect(matches([held, heldTalks], 'Maduro held a rally.')).toEqual([['040.held.v1', 'held']]);
    });

    it('non-overlapping triggers in one sentence are all kept, in text order', () => {
      expect(matches([call, phoneCall], 'After the phone call, Petro made more calls.')).toEqual([
        ['041.phone-call.v1', 'phone call'],
        ['041.bare-call.v1', 'calls'],
      ]);
    });

    it('between equally long triggers, the more specific code wins', () => {
      const consult = pattern({ id: '04.met.v1', cameo: '04', trigger: ['met'] });
      const meet = pattern({ id: '040.met.v1', cameo: '040', trigger: ['met'] });
      expect(matches([consult, meet], 'Maduro met Petro.')).toEqual([['040.met.v1', 'met']]);
    });
  });

  describe('words', () => {
    it('match a token\'s lemma as well as its text ("meet" fires on "met")', () => {
      const meet = pattern({ id: '040.meet.v1', cameo: '040', trigger: ['meet with'] });
      expect(matches([meet], 'Maduro met with Petro.')).toEqual([['040.meet.v1', 'met with']]);
    });

    it('ignore case ("Talks" at the start of a sentence)', () => {
      const talks = pattern({ id: '040.talks.v1', cameo: '040', trigger: ['talks with'] });
      expect(matches([talks], 'Talks with Colombia resumed.')).toEqual([['040.talks.v1', 'Talks with']]);
    });

    it('must all be there, in order (negative)', () => {
      const heldTalks = pattern({ id: '040.held-talks.v1', cameo: '040', trigger: ['held talks with'] });
      expect(matches([heldTalks], 'Maduro held talks in Caracas.')).toEqual([]);
      expect(matches([heldTalks], 'Talks were held with Petro.')).toEqual([]);
    });
  });

  describe('near words', () => {
    const demandLifting = pattern({
      id: '1054.demand-lifting-sanctions.v1', cameo: '1054', trigger: ['demand|demands|demanded'],
      near: ['lift|lifting|end', 'sanction|sanctions'], window: 10,
    });

    it('fire when every near word follows the trigger within the window', () => {
      expect(matches([demandLifting], 'Venezuela demanded the lifting of sanctions.')).toEqual([['1054.demand-lifting-sanctions.v1', 'demanded']]);
    });

    it('report the last near word found, for "owner" recipients', () => {
      const doc = runUpTo('nlp', 'Venezuela demanded the lifting of U.S. sanctions.', '2019-12-08');
      const tokens = doc.tokenTable;
      const [match] = new TriggerIndex([demandLifting]).match(tokens, 0, tokens.length);
      expect(tokens.text[match.nearEnd]).toBe('sanctions');
    });

    it('are required: no match without them (negative)', () => {
      expect(matches([demandLifting], 'Iran demanded a ceasefire.')).toEqual([]);
      // One near word of two is not enough.
      expect(matches([demandLifting], 'Iran demanded the lifting of the blockade.')).toEqual([]);
    });

    it('must follow the trigger, not precede it', () => {
      expect(matches([demandLifting], 'On sanctions and their lifting, Iran demanded talks.')).toEqual([]);
    });

    it('must fall inside the window', () => {
      const narrow = pattern({ id: '1054.narrow.v1', cameo: '1054', trigger: ['demanded'], near: ['sanctions'], window: 3 });
      expect(matches([narrow], 'Iran demanded an end to sanctions.')).toEqual([]);
      expect(matches([narrow], 'Iran demanded sanctions relief.')).toEqual([['1054.narrow.v1', 'demanded']]);
    });
  });

  it('a pattern owns the near words it needed: "invitation from Maduro to visit" is one match', () => {
    const invitation = pattern({ id: '042.invitation-to-visit.v1', cameo: '042', trigger: ['invitation from'], near: ['visit'], window: 8 });
    const visit = pattern({ id: '042.visit.v1', cameo: '042', trigger: ['visit|visited'], pos: 'VERB' });
    expect(matches([invitation, visit], 'Sessions accepted an invitation from Maduro to visit Caracas.')).toEqual([['042.invitation-to-visit.v1', 'invitation from']]);
    // A trigger after the last near word is free again.
    expect(matches([invitation, visit], 'Sessions accepted an invitation from Maduro to visit Caracas and visited Bogotá.')).toEqual([
      ['042.invitation-to-visit.v1', 'invitation from'],
      ['042.visit.v1', 'visited'],
    ]);
  });

  describe('POS filter', () => {
    const visitVerb = pattern({ id: '042.visit.v1', cameo: '042', trigger: ['visit|visited'], pos: 'VERB' });
    const callNoun = pattern({ id: '041.call.v1', cameo: '041', trigger: ['call'], pos: 'NOUN' });

    it('keeps a verb trigger tagged VERB', () => {
      expect(matches([visitVerb], 'Petro will visit Caracas.')).toEqual([['042.visit.v1', 'visit']]);
    });

    it('drops a verb trigger used as a noun (negative)', () => {
      expect(matches([visitVerb], 'The visit was brief.')).toEqual([]);
    });

    it('keeps a noun trigger tagged NOUN and drops it as a verb', () => {
      expect(matches([callNoun], 'The call lasted an hour.')).toEqual([['041.call.v1', 'call']]);
      expect(matches([callNoun], 'They call on Maduro to resign.')).toEqual([]);
    });

    it('applies nothing when the pattern names no POS', () => {
      const visitAny = pattern({ id: '042.any.v1', cameo: '042', trigger: ['visit'] });
      expect(matches([visitAny], 'The visit was brief.')).toEqual([['042.any.v1', 'visit']]);
    });
  });

  describe('range', () => {
    it('matches only inside [from, to), and not a trigger that runs past `to`', () => {
      const doc = runUpTo('nlp', 'Maduro held talks with Petro. Petro held talks with Maduro.', '2019-12-08');
      const tokens = doc.tokenTable;
      const index = new TriggerIndex([pattern({ id: '040.held-talks.v1', cameo: '040', trigger: ['held talks with'] })]);
      const [first, second] = doc.sentences;
      expect(index.match(tokens, first.tokenStart, first.tokenEnd).map((m) => m.tokenStart)).toEqual([tokens.text.indexOf('held')]);
      expect(index.match(tokens, second.tokenStart, second.tokenEnd)).toHaveLength(1);
      const heldAt = tokens.text.indexOf('held');
      expect(index.match(tokens, 0, heldAt + 2)).toEqual([]);
    });
  });

  describe('optional words and gaps', () => {
    const signed = pattern({ id: '057.signed.v1', cameo: '057', trigger: ['sign|signed an|a? agreement|treaty'] });
    const strikes = pattern({ id: '190.strikes.v1', cameo: '190', trigger: ['launch|launched * strikes'] });
    const airStrikes = pattern({ id: '195.air-strikes.v1', cameo: '195', trigger: ['launch|launched * air strikes'] });

    it('a word ending in "?" may be there or not', () => {
      expect(matches([signed], 'Chile signed an agreement with Peru.')).toEqual([['057.signed.v1', 'signed an agreement']]);
      expect(matches([signed], 'Chile signed agreements with Peru.')).toEqual([['057.signed.v1', 'signed agreements']]);
    });

    it('"*" skips up to four modifiers', () => {
      expect(matches([strikes], 'Israel launched strikes on Gaza.')).toEqual([['190.strikes.v1', 'launched strikes']]);
      expect(matches([strikes], 'Israel launched a wave of strikes.')).toEqual([]);
      expect(matches([strikes], 'Israel launched three new retaliatory strikes on Gaza.')).toEqual([['190.strikes.v1', 'launched three new retaliatory strikes']]);
    });

    it('"*" skips no verb, preposition or punctuation (negative)', () => {
      expect(matches([strikes], 'Israel launched, then halted, strikes.')).toEqual([]);
      expect(matches([strikes], 'Israel launched into strikes.')).toEqual([]);
      expect(matches([strikes], 'Israel launched one two three four five strikes.')).toEqual([]);
    });

    it('between triggers of one extent, the one with more explicit words wins', () => {
      expect(matches([strikes, airStrikes], 'Israel launched new air strikes on Gaza.')).toEqual([['195.air-strikes.v1', 'launched new air strikes']]);
      expect(matches([airStrikes, strikes], 'Israel launched new air strikes on Gaza.')).toEqual([['195.air-strikes.v1', 'launched new air strikes']]);
    });

    it('a hyphenated word matches the three tokens the tokenizer makes of it', () => {
      const ceasefire = pattern({ id: '0871.ceasefire.v1', cameo: '0871', trigger: ['declare|declared a? ceasefire|cease-fire'] });
      expect(matches([ceasefire], 'Hamas declared a cease-fire.')).toEqual([['0871.ceasefire.v1', 'declared a cease-fire']]);
      const tested = pattern({ id: '150.test-fired.v1', cameo: '150', trigger: ['test-fired * missiles'] });
      expect(matches([tested], 'North Korea test-fired two missiles.')).toEqual([['150.test-fired.v1', 'test-fired two missiles']]);
    });
  });

  describe('unless words', () => {
    const metWith = pattern({ id: '040.met-with.v1', cameo: '040', trigger: ['meet|met with'], unlessFollowedBy: ['criticism|resistance'] });
    const strike = pattern({ id: '190.strike.v1', cameo: '190', trigger: ['strike|strikes'], unlessPrecededBy: ['hunger|general'] });

    it('a word just after the trigger cancels it ("met with fierce criticism")', () => {
      expect(matches([metWith], 'The plan met with fierce criticism.')).toEqual([]);
      expect(matches([metWith], 'Petro met with Maduro.')).toEqual([['040.met-with.v1', 'met with']]);
    });

    it('a word just before the trigger cancels it ("a hunger strike")', () => {
      expect(matches([strike], 'He began a hunger strike.')).toEqual([]);
      expect(matches([strike], 'The strike hit a convoy.')).toEqual([['190.strike.v1', 'strike']]);
    });

    it('a "precededBy" word is required just before the trigger ("protesters clashed with")', () => {
      const clash = pattern({ id: '145.clash.v1', cameo: '145', trigger: ['clash|clashed with'], precededBy: ['protesters|demonstrators'] });
      expect(matches([clash], 'Angry protesters clashed with police.')).toEqual([['145.clash.v1', 'clashed with']]);
      expect(matches([clash], 'Rebels clashed with troops.')).toEqual([]);
    });

    it('only within three tokens', () => {
      expect(matches([metWith], 'Petro met with Maduro and his aides despite criticism.')).toEqual([['040.met-with.v1', 'met with']]);
    });
  });

  describe('triggers that are no events of their own (negatives)', () => {
    const agree = pattern({ id: '030.agree-to.v1', cameo: '030', trigger: ['agree|agreed to'] });

    it('a trigger ending in a stranded preposition ("the terms Iran agreed to.")', () => {
      expect(matches([agree], 'These are the terms Iran agreed to.')).toEqual([]);
      expect(matches([agree], 'Iran agreed to the terms.')).toEqual([['030.agree-to.v1', 'agreed to']]);
    });

    it('a phrasal verb\'s particle or a hyphenated noun at the end is no stranded preposition', () => {
      const backDown = pattern({ id: '080.back-down.v1', cameo: '080', trigger: ['back|backed down'] });
      const sitIn = pattern({ id: '141.sit-in.v1', cameo: '141', trigger: ['staged * sit-in'] });
      expect(matches([backDown], 'The government backed down.')).toEqual([['080.back-down.v1', 'backed down']]);
      expect(matches([sitIn], 'Students staged a sit-in.')).toEqual([['141.sit-in.v1', 'staged a sit-in']]);
    });
  });

  it('finds nothing in hover-card noise with the built-in patterns (standing negative)', () => {
    expect(matches(loadPatterns(), 'President TrumpDonald John TrumpDavis: Supreme Court decision is bad news for Trump MORE')).toEqual([]);
  });
});
