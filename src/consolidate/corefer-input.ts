// The input of `annalist corefer`: one document per line, {id, text, mentions:[{id, start, end}]},
// checked line by line so an error names the line and the field.
import { z } from 'zod';
import { AnnalistError } from '../errors.js';
import type { CorefDocument } from './corefer.js';

const documentLine = z.object({
  id: z.string().min(1, 'is empty'),
  text: z.string(),
  published: z.string().nullable().optional(),
  mentions: z.array(z.object({ id: z.string().min(1, 'is empty'), start: z.number().int().min(0), end: z.number().int().min(0) })),
});

export function readCorefDocuments(text: string, input: string): CorefDocument[] {
  const documents: CorefDocument[] = [];
  const mentionIds = new Set<string>();
  text.split('\n').forEach((raw, index) => {
    if (!raw.trim()) return;
    const where = `${input}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (cause) {
      throw new AnnalistError('input', 'not a JSON line', { input: where, cause });
    }
    const parsed = documentLine.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AnnalistError('input', `field '${issue.path.join('.')}': ${issue.message}`, { input: where });
    }
    for (const mention of parsed.data.mentions) {
      if (mention.end <= mention.start || mention.end > parsed.data.text.length) {
        throw new AnnalistError('input', `mention '${mention.id}': span ${mention.start}–${mention.end} is not inside the text (${parsed.data.text.length} characters)`, { input: where });
      }
      if (mentionIds.has(mention.id)) throw new AnnalistError('input', `mention id '${mention.id}' appears twice`, { input: where });
      mentionIds.add(mention.id);
    }
    documents.push(parsed.data);
  });
  return documents;
}
