// The coding scheme as researchers read it: every CAMEO code annalist knows, with its name,
// QuadClass, Goldstein score, PLOVER type, mode and context, and the patterns that produce it.
// Built from the lexicons (lexicons/codes, lexicons/events), so that `annalist codes` and
// docs/coding-scheme.md say what the engine does, not what someone remembered to write down.
import type { EventPattern } from '../events/pattern.js';
import type { Ontology } from './ontology.js';

export interface SchemeEntry {
  code: string;
  name: string;
  root: string;
  root_name: string;
  quad_class: number;
  goldstein: number;
  plover: { type: string; mode: string | null; context: string[] };
  /** Ids of the patterns that code this exact code, in lexicon order. */
  patterns: string[];
}

export function codingScheme(codes: Ontology, patterns: readonly EventPattern[]): SchemeEntry[] {
  const byCode = new Map<string, string[]>();
  for (const pattern of patterns) byCode.set(pattern.cameo, [...(byCode.get(pattern.cameo) ?? []), pattern.id]);
  return codes.codes().sort().map((code) => {
    const described = codes.describe(code);
    return {
      code,
      name: described.name,
      root: described.rootCode,
      root_name: described.rootName,
      quad_class: described.quadClass,
      goldstein: described.goldstein,
      plover: { type: described.plover.type, mode: described.plover.mode, context: [...described.plover.context] },
      patterns: byCode.get(code) ?? [],
    };
  });
}

const QUAD_CLASSES: Record<number, string> = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };

/** The scheme as a Markdown page: one table per CAMEO root. */
export function schemeMarkdown(entries: readonly SchemeEntry[]): string {
  const covered = entries.filter((entry) => entry.patterns.length > 0).length;
  const lines = [
    '# The coding scheme',
    '',
    'Generated from the lexicons by `annalist codes --format md` (run `npm run docs:scheme` after changing',
    '`lexicons/codes` or `lexicons/events`; a test fails while this page is out of date).',
    '',
    `Every CAMEO code annalist knows (${entries.length}), its QuadClass and Goldstein score, the PLOVER type, mode and`,
    `context it maps to, and the patterns (\`lexicons/events/*.jsonl\`) that code it: ${covered} codes have patterns of`,
    'their own. A pattern id names its file, its code and its version; `annalist explain` shows which one fired on a',
    'sentence.',
  ];
  const escape = (text: string) => text.replaceAll('|', '\\|');
  let root = '';
  for (const entry of entries) {
    if (entry.root !== root) {
      root = entry.root;
      lines.push('', `## ${root} ${escape(entry.root_name)} (QuadClass ${entry.quad_class}, ${QUAD_CLASSES[entry.quad_class]})`, '',
        '| code | name | Goldstein | PLOVER type | mode | context | patterns |', '|---|---|---:|---|---|---|---|');
    }
    lines.push(`| ${entry.code} | ${escape(entry.name)} | ${entry.goldstein} | ${entry.plover.type} | ${entry.plover.mode ?? ''} | ${entry.plover.context.join(', ')} | ${entry.patterns.map((id) => `\`${id}\``).join(' ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
