import { describe, expect, it } from 'vitest';
import { detectLanguage, languageName, MIN_LANGUAGE_TEXT, nonEnglishReason } from './language.js';

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
});
