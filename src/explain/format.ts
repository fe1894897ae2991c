// The human form of an explanation: one block per sentence, one line per finding.
import type { ActorRef } from '../contract.js';
import type { SentenceExplanation } from './explain.js';

const quote = (text: string) => `“${text.replace(/\s+/g, ' ')}”`;
const actor = (ref: ActorRef | null) => (ref ? `${ref.name ?? ref.text} (${ref.code ?? 'no code'})` : '—');

export function formatExplanation(x: SentenceExplanation): string {
  const lines = [`article ${x.article_id} · sentence ${x.sentence} of ${x.sentences} · characters ${x.start}–${x.end}`, quote(x.text), ''];
  lines.push(`tokens  ${x.tokens.map((t) => `${t.text}/${t.pos}`).join(' ')}`);
  // The parse: each word with its relation and the word it depends on.
  lines.push(`parse   ${x.tokens.map((t) => `${t.text} ${t.deprel}${t.head < 0 ? '' : `→${x.tokens[t.head].text}`}`).join(' · ')}`);
  for (const a of x.actors) {
    const code = [a.country, a.sector].filter(Boolean).join(' ') || 'no code';
    const extras = [a.title ? `title ${quote(a.title)}` : '', a.principal ? `for ${a.principal}` : ''].filter(Boolean).join(' · ');
    lines.push(`actor   ${quote(a.text)} → ${a.name ?? '(unnamed)'} · ${code} · ${a.kind}${extras ? ` · ${extras}` : ''} · entity ${a.entity}  [${a.rule}]`);
  }
  for (const d of x.dates) lines.push(`date    ${quote(d.text)} ${d.type} ${d.value}  [${d.rule}]`);
  for (const a of x.attributions) {
    lines.push(`says    cue ${quote(a.cue)} · source ${a.source ? quote(a.source) : 'none'}${a.speaker ? ` (${a.speaker})` : ''} · content ${quote(a.content)} · ${a.status}  [${a.rule}]`);
  }
  if (x.decisions.length === 0) lines.push('events  no pattern matched in this sentence');
  for (const d of x.decisions) {
    const via = d.paths ? ` · actor via ${d.paths.actor ?? 'none'}, recipient via ${d.paths.recipient ?? 'none'}` : '';
    const event = d.event
      ? `: ${d.event.cameo} ${d.event.cameo_name} · ${actor(d.event.actor)} → ${actor(d.event.recipient)} · ${d.event.date ?? 'no date'} (${d.event.date_source}${d.event.date_text ? `: ${quote(d.event.date_text)}` : ''}) · ${d.event.status}${via}`
      : '';
    lines.push(`event   ${quote(d.trigger)} [${d.rule}] ${d.outcome}${d.outcome === 'coded' ? event : `: ${d.reason}`}`);
  }
  return `${lines.join('\n')}\n`;
}
