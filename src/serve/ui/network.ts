// The actor network: actors as nodes sized by their events, dyads as lines weighted by count
// and coloured from cooperation (green) to conflict (red). Clicking an actor filters by it.
import type { ActorSummary, Dyad } from '../../store/store.js';
import { balanceColor } from './colors.js';
import { fill, h, statusLine, svg } from './dom.js';
import { forceLayout, type LayoutEdge } from './force-layout.js';

const HEIGHT = 370;
const PAD = 46;

export function renderNetwork(
  container: HTMLElement, actors: ActorSummary[], dyads: Dyad[], selectedKey: string | undefined, onSelect: (key: string | null) => void,
): void {
  if (actors.length === 0) {
    fill(container, statusLine('empty', 'No actors in the matching events.'));
    return;
  }
  const index = new Map(actors.map((actor, i) => [actor.key, i]));
  const shown = dyads.filter((dyad) => index.has(dyad.source) && index.has(dyad.target));
  const edges: LayoutEdge[] = shown.map((dyad) => ({ source: index.get(dyad.source)!, target: index.get(dyad.target)!, weight: dyad.events }));
  const width = Math.max(300, container.clientWidth || 520);
  const points = forceLayout(actors.length, edges, width - 2 * PAD, HEIGHT - 2 * PAD).map((p) => ({ x: p.x + PAD, y: p.y + PAD }));
  const maxEvents = Math.max(1, ...actors.map((actor) => actor.events));
  const maxDyad = Math.max(1, ...shown.map((dyad) => dyad.events));

  const chart = svg('svg', { class: 'network-chart', width, height: HEIGHT, role: 'img', 'aria-label': 'Actor network' });
  for (const dyad of shown) {
    const a = points[index.get(dyad.source)!];
    const b = points[index.get(dyad.target)!];
    const cooperation = dyad.verbal_cooperation + dyad.material_cooperation;
    const conflict = dyad.verbal_conflict + dyad.material_conflict;
    chart.append(svg('line', {
      x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: 'edge',
      stroke: balanceColor((cooperation - conflict) / dyad.events),
      'stroke-width': (1 + 5 * Math.sqrt(dyad.events / maxDyad)).toFixed(1),
    }, svg('title', {}, `${dyad.source} → ${dyad.target}: ${dyad.events} events (${cooperation} cooperation, ${conflict} conflict)`)));
  }
  const labelled = placeLabels(actors, points, selectedKey, width, HEIGHT);
  actors.forEach((actor, i) => {
    const { x, y } = points[i];
    const radius = nodeRadius(actor.events, maxEvents);
    const selected = actor.key === selectedKey;
    const label = labelled.get(i);
    const node = svg('g', {
      class: selected ? 'node selected' : 'node', tabindex: 0, role: 'button', 'data-key': actor.key,
      'aria-label': `${actor.key}: ${actor.events} events${selected ? ' (selected; activate to clear)' : ''}`,
      onclick: () => onSelect(selected ? null : actor.key),
      onkeydown: (event: Event) => {
        if ((event as KeyboardEvent).key === 'Enter' || (event as KeyboardEvent).key === ' ') onSelect(selected ? null : actor.key);
      },
    },
    svg('circle', { cx: x, cy: y, r: radius }),
    label ? svg('text', { x: label.x, y: label.y, 'text-anchor': label.anchor }, shorten(actor.key)) : null,
    svg('title', {}, `${actor.key} — ${actor.events} events; written as ${actor.aliases.slice(0, 4).join(', ')}`));
    chart.append(node);
  });
  fill(container, chart, h('p', { class: 'note' },
    `${actors.length} most active actors; lines from cooperation (green) to conflict (red), thicker for more events. Click an actor to filter.`));
}

const nodeRadius = (events: number, maxEvents: number) => 4 + 12 * Math.sqrt(events / maxEvents);

interface LabelPlace {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Where each node's label goes: the busiest actors first, each below, above, right or left of
 * its node, wherever it covers no node and no label already placed (the selected actor is
 * always labelled). The others name themselves on hover.
 */
function placeLabels(
  actors: ActorSummary[], points: { x: number; y: number }[], selectedKey: string | undefined, width: number, height: number,
): Map<number, LabelPlace> {
  type Box = { left: number; right: number; top: number; bottom: number; node?: number };
  const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const maxEvents = Math.max(1, ...actors.map((actor) => actor.events));
  const radius = (i: number) => nodeRadius(actors[i].events, maxEvents);
  const boxes: Box[] = points.map((p, node) => ({ left: p.x - radius(node), right: p.x + radius(node), top: p.y - radius(node), bottom: p.y + radius(node), node }));
  const order = actors.map((_, i) => i).sort((a, b) =>
    Number(actors[b].key === selectedKey) - Number(actors[a].key === selectedKey) || actors[b].events - actors[a].events);
  const placed = new Map<number, LabelPlace>();
  for (const i of order) {
    // About 6.8 px per character at 11 px: close enough to keep labels apart.
    const labelWidth = shorten(actors[i].key).length * 6.8;
    const { x, y } = points[i];
    const r = radius(i);
    const candidates: [LabelPlace, Box][] = [
      [{ x, y: y + r + 11, anchor: 'middle' }, { left: x - labelWidth / 2, right: x + labelWidth / 2, top: y + r, bottom: y + r + 13 }],
      [{ x, y: y - r - 3, anchor: 'middle' }, { left: x - labelWidth / 2, right: x + labelWidth / 2, top: y - r - 13, bottom: y - r }],
      [{ x: x + r + 3, y: y + 4, anchor: 'start' }, { left: x + r + 2, right: x + r + 2 + labelWidth, top: y - 7, bottom: y + 6 }],
      [{ x: x - r - 3, y: y + 4, anchor: 'end' }, { left: x - r - 2 - labelWidth, right: x - r - 2, top: y - 7, bottom: y + 6 }],
    ];
    const inside = (box: Box) => box.left >= 0 && box.right <= width && box.top >= 0 && box.bottom <= height;
    const free = candidates.find(([, box]) => inside(box) && !boxes.some((other) => other.node !== i && overlaps(box, other)));
    const chosen = free ?? (actors[i].key === selectedKey ? candidates[0] : undefined);
    if (!chosen) continue;
    boxes.push(chosen[1]);
    placed.set(i, chosen[0]);
  }
  return placed;
}

function shorten(label: string): string {
  return label.length > 22 ? `${label.slice(0, 21)}…` : label;
}
