// The built-in pattern lexicon, one sentence (or more) per CAMEO root: each must code to the
// expected actor, code and recipient; then words that look like triggers but are not events.
// Actors are states and sectors named through the world-countries and sector tables, so these
// cases do not depend on the people lexicon.
import { describe, expect, it } from 'vitest';
import { extract, withTrace } from '../../test/helpers/article.js';

/** The events of a one-sentence text as "CODE actor → recipient" (texts as written). */
function coded(text: string): string[] {
  const { doc, events } = extract(text, '2024-03-14');
  return withTrace(doc, () => events.map((e) => `${e.cameo} ${e.actor?.text ?? '—'} → ${e.recipient?.text ?? '—'}`));
}

const cases: [root: string, text: string, expected: string][] = [
  ['01', 'The Iranian foreign ministry declined to comment on the report.', '011 Iranian foreign ministry → —'],
  ['01', 'Pakistan denied any involvement in the bombing.', '016 Pakistan → —'],
  ['01', 'India expressed condolences to Nepal after the earthquake.', '018 India → Nepal'],
  ['02', 'Germany urged Russia to withdraw its troops from the border.', '0256 Germany → Russia'],
  ['02', 'France called on Iran to release the detained journalist.', '0253 France → Iran'],
  ['02', 'Turkey requested the extradition of the cleric from the United States.', '0213 Turkey → United States'],
  ['03', 'China agreed to cooperate with Brazil on climate research.', '030 China → Brazil'],
  ['03', 'Japan pledged $100 million in aid to Ukraine.', '0331 Japan → Ukraine'],
  ['03', 'Ethiopia offered to mediate between Sudan and South Sudan.', '039 Ethiopia → Sudan|039 Ethiopia → South Sudan'],
  ['04', 'Russia held talks with China in Beijing.', '040 Russia → China'],
  ['04', 'Norway mediated between the Colombian government and the rebels.', '045 Norway → Colombian government|045 Norway → rebels'],
  ['05', 'Saudi Arabia restored diplomatic relations with Iran.', '050 Saudi Arabia → Iran'],
  ['05', 'Israel signed a peace treaty with Jordan.', '057 Israel → Jordan'],
  ['06', 'The United States shared intelligence with France about the plot.', '064 United States → France'],
  ['06', 'Russia held joint military exercises with China in the Pacific.', '062 Russia → China'],
  ['07', 'Norway sent humanitarian aid to Somalia.', '073 Norway → Somalia'],
  ['08', 'The European Union eased sanctions on Belarus.', '085 European Union → Belarus'],
  ['08', 'Russia withdrew its troops from the border.', '087 Russia → —'],
  ['09', 'Brazil launched an investigation into the corruption allegations.', '091 Brazil → —'],
  ['10', 'Iran demanded the release of its diplomats.', '1053 Iran → —'],
  ['11', 'Russia accused Britain of spying.', '1125 Russia → Britain'],
  ['11', 'France condemned Syria.', '111 France → Syria'],
  ['12', 'Venezuela refused to release the detained Americans.', '1243 Venezuela → Americans'],
  ['12', 'Russia vetoed the Security Council resolution.', '129 Russia → Security Council'],
  ['13', 'The United States threatened Russia with sanctions.', '1312 United States → Russia'],
  ['13', 'North Korea threatened to attack South Korea.', '138 North Korea → South Korea'],
  ['14', 'Thousands of protesters rallied outside parliament in Bangkok.', '141 protesters → parliament'],
  ['15', 'India deployed troops along the border with China.', '154 India → —'],
  ['16', 'Russia expelled two British diplomats.', '161 Russia → British diplomats'],
  ['16', 'Washington suspended military aid to Egypt.', '1622 Washington → Egypt'],
  ['17', 'Iran seized a British oil tanker.', '1711 Iran → British oil tanker'],
  ['17', 'The government imposed a curfew on the city.', '1723 government → —'],
  ['18', 'Rebels attacked a police station in Kashmir.', '180 Rebels → police'],
  ['18', 'Militants tried to assassinate the governor.', '185 Militants → governor'],
  ['19', 'Government forces clashed with rebels near Aleppo.', '190 Government forces → rebels'],
  ['19', 'Israeli jets struck Hamas positions in Gaza.', '190 Israeli jets → Hamas'],
  ['20', 'The army massacred hundreds of villagers.', '202 army → villagers'],
  ['20', 'Syria used chemical weapons against civilians.', '2041 Syria → civilians'],
];

describe('built-in patterns, root by root', () => {
  it('cover every root from 01 to 20', () => {
    const roots = new Set(cases.map(([root]) => root));
    expect([...roots].sort()).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  it.each(cases)('root %s: "%s" codes %s', (root, text, expected) => {
    expect(expected.startsWith(root)).toBe(true);
    expect(coded(text)).toEqual(expected.split('|'));
  });
});

describe('built-in patterns, voice and inflection', () => {
  it('passive with a later "by" agent: the agent acts on the subject', () => {
    expect(coded('Iran was attacked on Monday by Israel.')).toEqual(['180 Israel → Iran']);
    expect(coded('Russia was accused of spying by Britain.')).toEqual(['1125 Britain → Russia']);
  });

  it('lemma matching: one trigger word fires on every inflection', () => {
    expect(coded('China threatens Taiwan.')).toEqual(['130 China → Taiwan']);
    expect(coded('Germany is threatening Russia.')).toEqual(['130 Germany → Russia']);
  });

  it('an accusation\'s content is not a second event ("of attacking")', () => {
    expect(coded('Azerbaijan accused Armenia of attacking its border posts.')).toEqual(['1123 Azerbaijan → Armenia']);
  });

  it('"struck a deal" is an agreement, not a strike', () => {
    expect(coded('Chile struck a deal with Peru.')).toEqual(['030 Chile → Peru']);
  });

  it('a promise to retaliate is a threat, not an intent to cooperate', () => {
    expect(coded('Iran vowed to retaliate against Israel.')).toEqual(['130 Iran → Israel']);
  });
});

describe('built-in patterns, more ways to say it', () => {
  it.each([
    ['Pakistan asked India to hand over the suspects.', '020 Pakistan → India'],
    ['Iraqi Kurds sought asylum in Germany.', '0233 Iraqi Kurds → Germany'],
    ['Russia and China held talks on trade.', '040 Russia → China'],
    ['Israel and the UAE normalised relations.', '050 Israel → UAE|050 UAE → Israel'],
    ['Russia backed Assad.', '051 Russia → Assad'],
    ['The United States threw its support behind Ukraine.', '051 United States → Ukraine'],
    ['The United States and Britain cooperated on intelligence.', '060 United States → Britain|060 Britain → United States'],
    ['Spain handed the suspect over to France.', '063 Spain → France'],
    ['China lent Russia $6 billion.', '071 China → Russia'],
    ['Japan sent 500 tonnes of rice to North Korea.', '073 Japan → North Korea'],
    ['The government backed down.', '080 government → —'],
    ['The court ordered the release of the journalist.', '0841 court → journalist'],
    ['The United States pressed China to reduce tariffs.', '100 United States → China'],
    ['Germany opposed Turkey\'s membership.', '110 Germany → Turkey'],
    ['The opposition attacked the government over its handling of the crisis.', '111 opposition → government'],
    ['Turkey lashed out at Sweden.', '111 Turkey → Sweden'],
    ['China called the visit a provocation.', '111 China → —'],
    ['Beijing protested to Washington over the arms sale.', '114 Beijing → Washington'],
    ['Russia blocked the resolution.', '120 Russia → —'],
    ['Germany warned Russia against invading Ukraine.', '130 Germany → Russia'],
    ['Albanians demonstrated on Tuesday.', '141 Albanians → —'],
    ['Protesters stormed the parliament.', '145 Protesters → parliament'],
    ['Tube workers walked out.', '143 workers → —'],
    ['Venezuela broke diplomatic relations with Colombia.', '161 Venezuela → Colombia'],
    ['The United States imposed a travel ban on Venezuelan officials.', '163 United States → Venezuelan officials'],
    ['Niger ordered French troops to leave the country.', '174 Niger → French troops'],
    ['Police raided the offices of the newspaper.', '170 Police → newspaper'],
    ['A US judge banned Gazprom from taking part in the auction.', '172 US judge → Gazprom'],
    ['Irish guerrillas wounded two British soldiers.', '180 Irish guerrillas → British soldiers'],
    ['Israeli soldiers beat up Palestinian detainees.', '182 Israeli soldiers → Palestinian'],
    ['Ukrainian forces shot down a Russian drone.', '190 Ukrainian forces → Russian'],
    ['Russia launched a missile attack on Kyiv.', '190 Russia → Kyiv'],
    ['Rebels ambushed an army patrol.', '190 Rebels → army'],
    ['Russian troops entered Ukraine.', '190 Russian troops → Ukraine'],
    ['The army recaptured the town from the rebels.', '192 army → rebels'],
    ['Russia denied the allegations.', '016 Russia → —'],
    ['Putin and Xi discussed trade.', '040 Putin → Xi'],
    ['Biden talked to Netanyahu.', '040 Biden → Netanyahu'],
    ['Sisi received a phone call from Biden.', '041 Sisi → Biden'],
    ['Lavrov will travel to Ankara next week.', '042 Lavrov → Ankara'],
    ['Pence led a delegation to Turkey.', '042 Pence → Turkey'],
    ['Germany encouraged Poland to accept the plan.', '051 Germany → Poland'],
    ['China disputed Japan\'s claims.', '110 China → Japan'],
    ['Trump blasted Biden over the border crisis.', '111 Trump → Biden'],
    ['Erdogan fired back at Macron.', '111 Erdogan → Macron'],
    ['Trump mocked Clinton.', '111 Trump → Clinton'],
    ['Putin called the sanctions illegal.', '111 Putin → —'],
    ['Maduro shrugged off the sanctions.', '120 Maduro → —'],
    ['Maduro ordered the expulsion of the German ambassador.', '161 Maduro → German ambassador'],
    ['The State Department designated the Houthis a terrorist organization.', '163 State Department → Houthis'],
    ['The junta shut down the internet.', '1721 junta → —'],
    ['Police made several arrests.', '173 Police → —'],
    ['Iran executed a man convicted of spying for Israel.', '190 Iran → —'],
  ])('"%s" codes %s', (text, expected) => {
    expect(coded(text)).toEqual(expected.split('|'));
  });
});

describe('built-in patterns, words that must not fire (negatives)', () => {
  it.each([
    'The plan met with criticism from Germany.',
    'Kenya met its deadline for the loan.',
    'Sweden recognized the problem.',
    'Turkey released a statement on Monday.',
    'Brazil launched a new campaign in India.',
    'An earthquake struck Turkey.',
    'Thanks to China, the talks survived.',
    'France supports the plan.',
    'Spain demonstrated its commitment to reform.',
    'The Indian army defended the town against attacks.',
    'Germany hosted the World Cup.',
    'Japan received a letter from Korea.',
    'The surgeon performed an operation on the Ethiopian minister.',
    'Riot police were deployed in Paris.',
    'The minister backed the plans.',
    'The party is demonstrating on every issue that it is the effective opposition.',
    'Butler launches attack on Blair.',
    'Shares shot up on the news.',
    'The Saints placed Pierre Thomas on injured reserve.',
    'The team flawlessly executed the plan.',
    'Mr Blair insisted on Wednesday that the plans were sound.',
    'She will be challenging Rep. John Culberson.',
    'The company was in talks to buy the assets.',
    'Refugees travelled to Germany.',
    'Kenya is opposed to the plan.',
  ])('%s', (text) => {
    expect(coded(text)).toEqual([]);
  });

  it('the hunger strike of a jailed activist is a hunger strike, not an arrest', () => {
    expect(coded('The jailed activist went on a hunger strike.')).toEqual(['142 activist → —']);
  });
});
