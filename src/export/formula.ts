// Spreadsheet formula injection (CSV injection): a text cell that begins with =, +, -, @, a tab
// or a carriage return is read by Excel, LibreOffice and Google Sheets as a formula, and an
// article's sentence or a file name is anyone's to write ("=HYPERLINK(…)"). As OWASP
// recommends, such a cell gets a leading apostrophe, which spreadsheets show as text. Numbers
// ("-2.5" for a Goldstein score) are values, not text, and are left as they are.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
