import { describe, expect, it } from 'vitest';
import { agglomerate, type Link } from './agglomerate.js';

const links: Link[] = [
  { a: 'a', b: 'b', similarity: 0.9 },
  { a: 'b', b: 'c', similarity: 0.8 },
  { a: 'a', b: 'c', similarity: 0.7 },
  { a: 'c', b: 'd', similarity: 0.6 },
  { a: 'e', b: 'f', similarity: 0.95 },
];

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    seed = (seed * 16807) % 2147483647;
    const j = seed % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

describe('agglomerate', () => {
  it('merges while the average similarity reaches the threshold; unlinked pairs count as 0', () => {
    // {a b c} averages 0.8; adding d averages (0.6 + 0 + 0) / 3 = 0.2.
    expect(agglomerate(['a', 'b', 'c', 'd', 'e', 'f', 'g'], links, { threshold: 0.5 }))
      .toEqual([['a', 'b', 'c'], ['d'], ['e', 'f'], ['g']]);
  });

  it('gives the same clusters whatever the order of items and links', () => {
    const expected = agglomerate(['a', 'b', 'c', 'd', 'e', 'f'], links, { threshold: 0.5 });
    for (const seed of [1, 7, 42, 1234]) {
      expect(agglomerate(shuffled(['a', 'b', 'c', 'd', 'e', 'f'], seed), shuffled(links, seed + 1), { threshold: 0.5 })).toEqual(expected);
    }
  });

  it('never joins a cannot-link pair, even through a third item', () => {
    expect(agglomerate(['a', 'b', 'c'], links, { threshold: 0.5, cannotLink: [['a', 'c']] })).toEqual([['a', 'b'], ['c']]);
  });

  it('merges exactly as a plain average-link search over all pairs does, weak links included', () => {
    // Similarities in eighths add up exactly, so averages tie exactly where they should.
    for (const seed of [3, 11, 29, 101, 577]) {
      const items = Array.from({ length: 14 }, (_, i) => `m${String(i).padStart(2, '0')}`);
      const graph: Link[] = [];
      const cannotLink: [string, string][] = [];
      let state = seed;
      const next = () => (state = (state * 16807) % 2147483647);
      for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
          if (next() % 3 === 0) graph.push({ a: items[i], b: items[j], similarity: (next() % 8 + 1) / 8 });
          else if (next() % 25 === 0) cannotLink.push([items[i], items[j]]);
        }
      }
      const options = { threshold: 0.5, cannotLink };
      expect(agglomerate(items, graph, options)).toEqual(bruteForceAverageLink(items, graph, options));
    }
  });
});

/** The definition, step by step: merge the best allowed pair of clusters while its average reaches the threshold. */
function bruteForceAverageLink(items: string[], graph: Link[], options: { threshold: number; cannotLink: [string, string][] }): string[][] {
  const similarity = new Map(graph.flatMap((l) => [[`${l.a} ${l.b}`, l.similarity], [`${l.b} ${l.a}`, l.similarity]]));
  const forbidden = new Set(options.cannotLink.flatMap(([a, b]) => [`${a} ${b}`, `${b} ${a}`]));
  let clusters = items.map((id) => [id]);
  for (;;) {
    let best: { score: number; i: number; j: number } | null = null;
    for (let i = 0; i < clusters.length; i++) {
      for (let j = 0; j < clusters.length; j++) {
        const [p, q] = [clusters[i], clusters[j]];
        if (p[0] >= q[0] || p.some((x) => q.some((y) => forbidden.has(`${x} ${y}`)))) continue;
        const sum = p.reduce((total, x) => total + q.reduce((t, y) => t + (similarity.get(`${x} ${y}`) ?? 0), 0), 0);
        const score = sum / (p.length * q.length);
        const [bi, bj] = best ? [clusters[best.i][0], clusters[best.j][0]] : ['', ''];
        if (score >= options.threshold && (!best || score > best.score || score === best.score && (p[0] < bi || p[0] === bi && q[0] < bj))) best = { score, i, j };
      }
    }
    if (!best) break;
    const merged = [...clusters[best.i], ...clusters[best.j]].sort();
    clusters = clusters.filter((_, k) => k !== best!.i && k !== best!.j).concat([merged]);
  }
  return clusters.sort((p, q) => (p[0] < q[0] ? -1 : 1));
}
