// Text from users' inputs (file names above all) goes into one-line reports on stderr. A line
// break in a file name would forge a report line ("skipped a.txt: binary\n  skipped b.txt"),
// and terminal escapes or bidirectional overrides would change what the reader sees; each such
// character is written as an escape instead: \n, \t, \r, \x1b, \u202e.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r' };

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => NAMED[char] ?? escapeCode(char.charCodeAt(0)));
}

function escapeCode(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
