// The timeline: stacked bars per period by QuadClass or PLOVER type. Dragging across it
// (or clicking one bar) sets the date filter that every other panel follows.
import type { Timeline } from '../../store/store.js';
import { groupColor, groupLabel } from './colors.js';
import { fill, h, statusLine, svg } from './dom.js';
import { boundDays, periodEnd, periodRange, sinceValue, untilValue } from './periods.js';
import { bulkOf } from './bulk.js';

export interface TimelineHandlers {
  /** A brushed range of periods, as filter values; null clears the dates. */
  onRange(range: { since: string; until: string } | null): void;
  onGroup(group: string): void;
}

const HEIGHT = 130;
const MARGIN = { top: 8, right: 8, bottom: 22, left: 34 };
const MAX_PERIODS = 2000;

export function renderTimeline(
  container: HTMLElement, timeline: Timeline, dates: { since?: string; until?: string }, handlers: TimelineHandlers,
): void {
  const { interval, group: by } = timeline;
  // The axis spans the bulk of the dates; a far stray date is counted, not drawn.
  const bulk = bulkOf(timeline.buckets);
  const buckets = bulk ? timeline.buckets.filter((bucket) => bucket.period >= bulk.first && bucket.period <= bulk.last) : [];
  const elsewhere = [
    timeline.coarser ? `${timeline.coarser} dated only to a ${interval === 'month' ? 'year' : 'month or year'}` : '',
    timeline.undated ? `${timeline.undated} undated` : '',
    bulk?.outside ? `${bulk.outside} dated far outside ${sinceValue(bulk.first, interval)} – ${untilValue(bulk.last, interval)}, where the others are` : '',
  ].filter(Boolean).join(', ');
  const note = elsewhere ? h('p', { class: 'note' }, `Not on this ${interval}ly timeline: ${elsewhere}.`) : null;
  if (buckets.length === 0) {
    fill(container, statusLine('empty', `No events with a date fine enough for a ${interval}ly timeline.`), note);
    return;
  }
  const periods = periodRange(buckets[0].period, buckets[buckets.length - 1].period, interval, MAX_PERIODS);
  if (periods === null) {
    fill(container, statusLine('empty', `Too many ${interval}s to draw; choose a coarser interval or narrow the dates.`), note);
    return;
  }
  const groups = [...new Set(buckets.map((bucket) => bucket.group))].sort();
  const counts = new Map(buckets.map((bucket) => [`${bucket.period}|${bucket.group}`, bucket.events]));
  const totals = periods.map((period) => groups.reduce((sum, group) => sum + (counts.get(`${period}|${group}`) ?? 0), 0));
  const maxTotal = Math.max(1, ...totals);

  const width = Math.max(320, container.clientWidth || 900);
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const step = plotWidth / periods.length;
  const barWidth = Math.max(1, Math.min(48, step * 0.8));
  const y = (value: number) => MARGIN.top + plotHeight - (value / maxTotal) * plotHeight;

  const since = boundDays(dates.since);
  const until = boundDays(dates.until);
  const inRange = (period: string) =>
    (!since || periodEnd(period, interval) >= since.first) && (!until || period <= until.last);

  const chart = svg('svg', {
    class: 'timeline-chart', width, height: HEIGHT, role: 'img',
    'aria-label': `Events per ${interval} by ${by === 'plover' ? 'PLOVER type' : 'QuadClass'}; drag to choose dates`,
  });
  for (const tick of [0, Math.ceil(maxTotal / 2), maxTotal]) {
    chart.append(
      svg('line', { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(tick), y2: y(tick), class: 'grid' }),
      svg('text', { x: MARGIN.left - 4, y: y(tick) + 4, class: 'axis', 'text-anchor': 'end' }, tick),
    );
  }
  periods.forEach((period, i) => {
    let base = 0;
    const x = MARGIN.left + i * step + (step - barWidth) / 2;
    const bar = svg('g', { class: inRange(period) ? 'bar' : 'bar faded', 'data-period': period });
    for (const group of groups) {
      const value = counts.get(`${period}|${group}`) ?? 0;
      if (value === 0) continue;
      bar.append(svg('rect', { x, width: barWidth, y: y(base + value), height: y(base) - y(base + value), fill: groupColor(by, group) },
        svg('title', {}, `${period}: ${value} ${groupLabel(by, group)}`)));
      base += value;
    }
    chart.append(bar);
  });
  const labelEvery = Math.ceil(periods.length / Math.max(1, Math.floor(plotWidth / 90)));
  periods.forEach((period, i) => {
    if (i % labelEvery !== 0) return;
    chart.append(svg('text', { x: MARGIN.left + i * step + step / 2, y: HEIGHT - 6, class: 'axis', 'text-anchor': 'middle' },
      interval === 'month' ? period.slice(0, 7) : period));
  });

  const brush = svg('rect', { class: 'brush', y: MARGIN.top, height: plotHeight, x: 0, width: 0 });
  const overlay = svg('rect', { class: 'brush-area', x: MARGIN.left, y: MARGIN.top, width: plotWidth, height: plotHeight });
  chart.append(brush, overlay);
  attachBrush(chart, overlay, brush, {
    left: MARGIN.left, width: plotWidth,
    periodAt: (x) => Math.max(0, Math.min(periods.length - 1, Math.floor((x - MARGIN.left) / step))),
    onSelect: (first, last) => handlers.onRange({ since: sinceValue(periods[first], interval), until: untilValue(periods[last], interval) }),
  });

  const legend = h('div', { class: 'legend' }, ...groups.map((group) =>
    h('button', { type: 'button', class: 'legend-item', title: `Only ${groupLabel(by, group)}`, onclick: () => handlers.onGroup(group) },
      h('span', { class: 'swatch', 'data-color': groupColor(by, group) }), groupLabel(by, group))));
  for (const swatch of legend.querySelectorAll<HTMLElement>('.swatch')) swatch.style.background = swatch.dataset.color ?? '';
  fill(container, chart, legend, note);
}

interface BrushOptions {
  left: number;
  width: number;
  periodAt(x: number): number;
  onSelect(first: number, last: number): void;
}

function attachBrush(chart: SVGSVGElement, overlay: SVGRectElement, brush: SVGRectElement, options: BrushOptions): void {
  let start: number | null = null;
  const localX = (event: PointerEvent) => {
    const x = event.clientX - chart.getBoundingClientRect().left;
    return Math.max(options.left, Math.min(options.left + options.width, x));
  };
  const draw = (a: number, b: number) => {
    brush.setAttribute('x', String(Math.min(a, b)));
    brush.setAttribute('width', String(Math.abs(b - a)));
  };
  overlay.addEventListener('pointerdown', (event) => {
    start = localX(event);
    overlay.setPointerCapture(event.pointerId);
    draw(start, start);
  });
  overlay.addEventListener('pointermove', (event) => {
    if (start !== null) draw(start, localX(event));
  });
  overlay.addEventListener('pointerup', (event) => {
    if (start === null) return;
    const end = localX(event);
    const [a, b] = [options.periodAt(Math.min(start, end)), options.periodAt(Math.max(start, end))];
    start = null;
    options.onSelect(a, b);
  });
}
