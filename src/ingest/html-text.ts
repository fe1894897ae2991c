// Readability's textContent runs paragraphs together ("…officials said.A second round…");
// this walks its DOM instead, one paragraph per block element, separated by blank lines.

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const CELLS = new Set(['td', 'th']);
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The text of a DOM subtree as paragraphs: blocks split by a blank line, <br> by a line break. */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let lines: string[] = [''];

  const flush = (): void => {
    // HTML collapses source whitespace; NBSP is content and stays.
    const paragraph = lines
      .map((line) => line.replace(/[ \t\n\r\f]+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n');
    if (paragraph !== '') paragraphs.push(paragraph);
    lines = [''];
  };
  const append = (text: string): void => {
    lines[lines.length - 1] += text;
  };

  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      append(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (HIDDEN.has(tag)) return;
    if (tag === 'br') {
      lines.push('');
      return;
    }
    if (tag === 'pre') {
      flush();
      const text = (node.textContent ?? '').replace(/^\n+|\s+$/g, '');
      if (text.trim() !== '') paragraphs.push(text);
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) visit(child);
    if (CELLS.has(tag)) append(' ');
    if (block) flush();
  };

  visit(root);
  flush();
  return paragraphs.join('\n\n').trim();
}
