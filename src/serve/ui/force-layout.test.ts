import { describe, expect, it } from 'vitest';
import { forceLayout } from './force-layout.js';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('forceLayout', () => {
  // Two triangles joined by one edge: 0-1-2 and 3-4-5, bridge 2-3.
  const edges = [[0, 1], [1, 2], [0, 2], [3, 4], [4, 5], [3, 5], [2, 3]].map(([source, target]) => ({ source, target, weight: 1 }));

  it('keeps every node inside the box and is deterministic', () => {
    const points = forceLayout(6, edges, 400, 300);
    for (const p of points) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(400);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(300);
    }
    expect(forceLayout(6, edges, 400, 300)).toEqual(points);
  });

  it('draws each cluster closer together than the clusters are to each other', () => {
    const p = forceLayout(6, edges, 400, 300);
    const within = Math.max(distance(p[0], p[1]), distance(p[4], p[5]));
    const across = Math.min(distance(p[0], p[5]), distance(p[1], p[4]));
    expect(within).toBeLessThan(across);
  });

  it('centres a single node and handles none', () => {
    expect(forceLayout(1, [], 200, 100)).toEqual([{ x: 100, y: 50 }]);
    expect(forceLayout(0, [], 200, 100)).toEqual([]);
  });
});
