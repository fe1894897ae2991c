// A small force-directed layout for the actor network: nodes repel, edges pull, a weak
// gravity keeps the graph centred. Deterministic (nodes start on a circle in the given
// order), so the same data always draws the same picture.

export interface LayoutEdge {
  source: number;
  target: number;
  weight: number;
}

export interface Point {
  x: number;
  y: number;
}

export function forceLayout(nodeCount: number, edges: readonly LayoutEdge[], width: number, height: number, iterations = 300): Point[] {
  const points: Point[] = Array.from({ length: nodeCount }, (_, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, nodeCount);
    return { x: Math.cos(angle), y: Math.sin(angle) };
  });
  if (nodeCount <= 1) return points.map(() => ({ x: width / 2, y: height / 2 }));

  const ideal = 2 / Math.sqrt(nodeCount);
  const maxWeight = Math.max(1, ...edges.map((edge) => edge.weight));
  for (let step = 0; step < iterations; step++) {
    const temperature = 0.2 * (1 - step / iterations) + 0.002;
    const shift = points.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < nodeCount; i++) {
      for (let j = i + 1; j < nodeCount; j++) {
        const dx = points[i].x - points[j].x;
        const dy = points[i].y - points[j].y;
        const distance = Math.max(0.01, Math.hypot(dx, dy));
        // Only near neighbours repel: otherwise unconnected pairs drift apart and the fitted
        // picture shrinks every edge to a few pixels.
        if (distance > 3 * ideal) continue;
        const push = (ideal * ideal) / distance;
        shift[i].x += (dx / distance) * push;
        shift[i].y += (dy / distance) * push;
        shift[j].x -= (dx / distance) * push;
        shift[j].y -= (dy / distance) * push;
      }
    }
    for (const edge of edges) {
      if (edge.source === edge.target) continue;
      const a = points[edge.source];
      const b = points[edge.target];
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const distance = Math.max(0.01, Math.hypot(dx, dy));
      const pull = ((distance * distance) / ideal) * (0.2 + 0.3 * edge.weight / maxWeight);
      shift[edge.source].x -= (dx / distance) * pull;
      shift[edge.source].y -= (dy / distance) * pull;
      shift[edge.target].x += (dx / distance) * pull;
      shift[edge.target].y += (dy / distance) * pull;
    }
    for (let i = 0; i < nodeCount; i++) {
      shift[i].x -= points[i].x * 0.1;
      shift[i].y -= points[i].y * 0.1;
      const length = Math.max(1e-9, Math.hypot(shift[i].x, shift[i].y));
      const move = Math.min(length, temperature);
      points[i].x += (shift[i].x / length) * move;
      points[i].y += (shift[i].y / length) * move;
    }
  }
  return fitInto(points, width, height);
}

/** Scales the points to fill the box, keeping their aspect ratio. */
function fitInto(points: Point[], width: number, height: number): Point[] {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(width / Math.max(1e-9, maxX - minX), height / Math.max(1e-9, maxY - minY));
  const offsetX = (width - (maxX - minX) * scale) / 2;
  const offsetY = (height - (maxY - minY) * scale) / 2;
  return points.map((p) => ({ x: offsetX + (p.x - minX) * scale, y: offsetY + (p.y - minY) * scale }));
}
