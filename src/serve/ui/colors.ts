// Colours that carry meaning: QuadClass from cooperation (blue, green) to conflict (orange,
// red), and a diverging scale for an edge's balance of cooperation and conflict.

export const QUAD_CLASSES = [
  { value: '1', name: 'Verbal cooperation', color: '#4a7fc1' },
  { value: '2', name: 'Material cooperation', color: '#3a9d5d' },
  { value: '3', name: 'Verbal conflict', color: '#e8912d' },
  { value: '4', name: 'Material conflict', color: '#c8372d' },
] as const;

// Sixteen distinguishable hues for the PLOVER types, cooperative ones cool, conflictual warm.
const PLOVER_COLORS: Record<string, string> = {
  AGREE: '#2b6cb0', CONSULT: '#4a90d9', SUPPORT: '#63b3ed', CONCEDE: '#81c7d4',
  COOPERATE: '#2f855a', AID: '#48bb78', RETREAT: '#9ae6b4',
  REQUEST: '#b7791f', ACCUSE: '#dd6b20', REJECT: '#f6ad55', THREATEN: '#c05621',
  PROTEST: '#d69e2e', SANCTION: '#9b2c2c', MOBILIZE: '#805ad5', COERCE: '#e53e3e', ASSAULT: '#742a2a',
};

export function groupColor(by: 'quad_class' | 'plover', group: string): string {
  if (by === 'quad_class') return QUAD_CLASSES.find((q) => q.value === group)?.color ?? '#888';
  return PLOVER_COLORS[group] ?? '#888';
}

export function groupLabel(by: 'quad_class' | 'plover', group: string): string {
  if (by === 'quad_class') return QUAD_CLASSES.find((q) => q.value === group)?.name ?? group;
  return group;
}

/** -1 (all conflict) … 1 (all cooperation) to red … grey … green. */
export function balanceColor(balance: number): string {
  const t = Math.max(-1, Math.min(1, balance));
  const grey = [150, 150, 150];
  const end = t >= 0 ? [46, 139, 87] : [200, 55, 45];
  const mix = grey.map((g, i) => Math.round(g + (end[i] - g) * Math.abs(t)));
  return `rgb(${mix.join(', ')})`;
}
