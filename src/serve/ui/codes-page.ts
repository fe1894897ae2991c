// The coding scheme page (#/codes): every CAMEO code with its QuadClass, Goldstein score,
// PLOVER mapping and patterns, one table per root, narrowed as the reader types. A code links
// to the overview filtered by it.
import type { SchemeEntry } from '../../ontology/coding-scheme.js';
import { getJson } from './api.js';
import { fill, h, statusLine } from './dom.js';

export async function renderCodesPage(container: HTMLElement, codeHref: (code: string) => string): Promise<void> {
  fill(container, statusLine('loading', 'Loading the coding scheme…'));
  let codes: SchemeEntry[];
  try {
    codes = (await getJson<{ codes: SchemeEntry[] }>('/api/codes')).codes;
  } catch (error) {
    fill(container, statusLine('error', `Could not load the coding scheme: ${(error as Error).message}`, () => void renderCodesPage(container, codeHref)));
    return;
  }
  const tables = h('div', { class: 'codes-tables' });
  const search = h('input', { type: 'search', placeholder: 'code, name, PLOVER type or pattern', 'aria-label': 'Find a code' });
  const draw = () => {
    const words = search.value.trim().toLowerCase();
    const shown = codes.filter((entry) => !words
      || [entry.code, entry.name, entry.plover.type, entry.plover.mode ?? '', ...entry.patterns].some((text) => text.toLowerCase().includes(words)));
    const roots = [...new Set(shown.map((entry) => entry.root))];
    fill(tables, ...roots.map((root) => {
      const rows = shown.filter((entry) => entry.root === root);
      return h('section', { class: 'panel' },
        h('h3', {}, `${root} ${rows[0].root_name} · QuadClass ${rows[0].quad_class}`),
        h('table', { class: 'codes' },
          h('thead', {}, h('tr', {}, ...['code', 'name', 'Goldstein', 'PLOVER', 'patterns'].map((label) => h('th', {}, label)))),
          h('tbody', {}, ...rows.map((entry) => h('tr', { 'data-code': entry.code },
            h('td', {}, h('a', { href: codeHref(entry.code) }, entry.code)),
            h('td', {}, entry.name),
            h('td', { class: 'num' }, String(entry.goldstein)),
            h('td', {}, [entry.plover.type, entry.plover.mode, ...entry.plover.context].filter(Boolean).join(' · ')),
            h('td', { class: 'patterns' }, entry.patterns.join(' ')))))));
    }));
    if (roots.length === 0) fill(tables, statusLine('empty', 'No code matches.'));
  };
  search.addEventListener('input', draw);
  fill(container, h('section', { class: 'panel' },
    h('h2', {}, 'Coding scheme'),
    h('p', { class: 'note' }, `${codes.length} CAMEO codes; ${codes.filter((entry) => entry.patterns.length > 0).length} have patterns of their own. `
      + 'A code links to its events.'),
    search), tables);
  draw();
}
