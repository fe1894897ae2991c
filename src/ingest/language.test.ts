import { franc } from 'franc-min';
import { describe, expect, it, vi } from 'vitest';
import { detectLanguage, languageName, MIN_LANGUAGE_TEXT, nonEnglishReason } from './language.js';

// The real franc, watched: plainly English text should be recognised without it.
vi.mock('franc-min', async (importOriginal) => {
  const real = await importOriginal<typeof import('franc-min')>();
  return { franc: vi.fn(real.franc) };
});

const english =
  'The port authorities of two neighbouring coastal towns agreed on Tuesday to share shipping data after a week of talks, officials from both sides said. The agreement covers arrival times, cargo manifests and inspection records.';
const french =
  "Les ministres des affaires étrangères du Portugal et de l'Espagne se sont réunis lundi à Lisbonne pour discuter des droits sur l'eau le long des rivières partagées. Les discussions se sont terminées sans accord, ont indiqué des responsables.";
const german =
  'Die Außenminister Portugals und Spaniens haben sich am Montag in Lissabon getroffen, um über die Wasserrechte an den gemeinsamen Flüssen zu sprechen. Die Gespräche endeten ohne Einigung, sagten Vertreter beider Regierungen am Abend.';

describe('nonEnglishReason', () => {
  it('passes English', () => {
    expect(english.length).toBeGreaterThanOrEqual(MIN_LANGUAGE_TEXT);
    expect(nonEnglishReason(english)).toBeNull();
  });

  it('names the language of a non-English text in words', () => {
    expect(nonEnglishReason(french)).toBe('not English (French)');
    expect(nonEnglishReason(german)).toBe('not English (German)');
  });

  it('assumes short texts are English, since detection on them is a guess', () => {
    expect(detectLanguage('Les ministres se sont réunis lundi.')).toBeNull();
    expect(nonEnglishReason('Les ministres se sont réunis lundi.')).toBeNull();
  });
});

describe('languageName', () => {
  it('turns ISO 639-3 codes into English names', () => {
    expect(languageName('fra')).toBe('French');
    expect(languageName('spa')).toBe('Spanish');
  });
});

describe('detectLanguage on long texts', () => {
  it('decides from the opening paragraphs', () => {
    expect(detectLanguage(`${french} `.repeat(40))).toBe('fra');
    expect(detectLanguage(`${german} `.repeat(40))).toBe('deu');
    expect(detectLanguage(`${english} `.repeat(40))).toBe('eng');
  });

  it('does not take Dutch, whose "is" and "of" are English words too, for English', () => {
    const dutch = 'De ministers van Buitenlandse Zaken van Portugal en Spanje zijn maandag in Lissabon bijeengekomen om te praten over de waterrechten. '
      + 'Het is nog niet duidelijk of er een akkoord komt, maar de gesprekken gaan door. Het is een lang proces, zeggen de ambtenaren.';
    expect(detectLanguage(dutch)).toBe('nld');
  });

  it('recognises a match report crowded with names as English without asking franc', () => {
    // Few of "the", "and", "that", "said": the English shows in "his", "but", "by", "was".
    const report = 'Bristol City 2-1 Milton Keynes. Leroy Lita took his goal tally to 13 for the season as his double earned City an LDV Vans Trophy win. '
      + 'The striker finished off a Scott Murray cross from close range just seconds before half-time. Lita then made it 2-0 on 52 minutes, '
      + "but Dons' substitute Serge Makofo then netted a great volley to make it 2-1. The visitors almost took the tie to extra time with a late "
      + '30-yard bullet from Richard Johnson which was well held by Steve Phillips. Phillips, Amankwaah, Coles, Fortune, Bell, Murray, Doherty, '
      + 'Wilkshire, Brooker, Lita, Gillespie. Subs: Hill, Golbourne, Partridge, Harley, Cotterill. Booked: Doherty.';
    vi.mocked(franc).mockClear();
    expect(detectLanguage(report)).toBe('eng');
    expect(franc).not.toHaveBeenCalled();
  });

  it('does not take a Dutch match report, whose "was", "had" and "of" are English words too, for English', () => {
    const dutch = 'Ajax heeft zondag in Amsterdam met 2-1 gewonnen van Feyenoord. Het was een wedstrijd met veel kansen, maar de doelman van de bezoekers had een goede dag. '
      + 'Of de trainer tevreden was, bleef onduidelijk: hij zei na afloop weinig. De winnende treffer viel in de blessuretijd, toen de spits de bal bij de tweede paal '
      + 'binnenschoof. Feyenoord had eerder in het seizoen nog van Ajax gewonnen. De supporters waren in grote getale naar het stadion gekomen, ook al was het koud.';
    expect(detectLanguage(dutch)).toBe('nld');
  });
});
