// Bytes to text for one input. Scraped corpora mix UTF-8, old Windows files and the odd
// binary that landed in the folder; each gets an answer instead of an exception.

export type Decoded =
  | { kind: 'text'; text: string; warnings: string[] }
  | { kind: 'skipped'; reason: string };

export const LATIN1_WARNING = 'not valid UTF-8; decoded as Latin-1';

/** Share of control bytes (other than whitespace) above which a file is taken for binary. */
const CONTROL_SHARE = 0.1;
/** NUL bytes, beyond a stray few, that make a file binary: random bytes hold one in 256, text none. */
const NUL_SHARE = 0.001;
const STRAY_NULS = 4;
const SAMPLE_BYTES = 64 * 1024;

/** Control characters that are no whitespace: a scraper's stray NUL, a terminal escape. */
const STRAY_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

export function decodeBytes(bytes: Uint8Array): Decoded {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return checkEmpty(new TextDecoder(utf16).decode(bytes), []);
  if (looksBinary(bytes)) return { kind: 'skipped', reason: 'binary file' };
  try {
    // TextDecoder drops a leading BOM by default, so offsets start at the first real character.
    return withoutControls(new TextDecoder('utf-8', { fatal: true }).decode(bytes), []);
  } catch {
    return withoutControls(decodeWindows1252(bytes), [LATIN1_WARNING]);
  }
}

/**
 * Text with a few stray control characters is still text: they are removed, with a warning
 * saying how many, and offsets are into the text without them.
 */
function withoutControls(text: string, warnings: string[]): Decoded {
  let removed = 0;
  let nul = 0;
  const cleaned = text.replace(STRAY_CONTROLS, (char) => {
    removed++;
    if (char === '\u0000') nul++;
    return '';
  });
  if (removed === 0) return checkEmpty(text, warnings);
  const what = nul === removed ? 'NUL' : nul > 0 ? 'NUL and other control' : 'control';
  return checkEmpty(cleaned, [...warnings, `removed ${removed} ${what} character${removed === 1 ? '' : 's'} from the text`]);
}

function checkEmpty(text: string, warnings: string[]): Decoded {
  if (text.trim() === '') return { kind: 'skipped', reason: 'empty' };
  return { kind: 'text', text, warnings };
}

/** Notepad's "Unicode" files carry a UTF-16 BOM and are full of NUL bytes, yet are text. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, SAMPLE_BYTES);
  let controls = 0;
  let nuls = 0;
  for (let i = 0; i < sample; i++) {
    const byte = bytes[i];
    if (byte === 0) nuls++;
    // Tab, line feed, form feed and carriage return are ordinary in text; ESC and DEL are not.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) controls++;
  }
  return sample > 0 && (controls / sample > CONTROL_SHARE || nuls > Math.max(STRAY_NULS, NUL_SHARE * sample));
}

// Node 20.18.3+ decodes 'windows-1252' as ISO-8859-1, leaving 0x80–0x9F as C1 controls
// instead of curly quotes and dashes (nodejs/node#60888), so the WHATWG table is applied here.
const WINDOWS_1252_C1: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d,
  0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014,
  0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (char) => String.fromCharCode(WINDOWS_1252_C1[char.charCodeAt(0)] ?? char.charCodeAt(0)));
}
