// Event patterns are data (lexicons/events/*.jsonl, one CAMEO root per file); this is
// their schema and loader. Each line is one pattern with a stable, versioned id.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AnnalistError } from '../errors.js';
import { lexiconPath } from '../lexicon-path.js';

/** A recipient slot, read off the parse (src/events/arguments/slots.ts says what each reads). */
const slot = z.string().regex(/^(obj|iobj|owner|ccomp:nsubj|obl:[a-z]+( [a-z]+){0,2})$/, 'a slot is "obj", "iobj", "owner", "ccomp:nsubj" or "obl:" and a preposition, e.g. "obl:with"');

function validPhrase(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  return words[0] !== '*' && words[words.length - 1] !== '*' && words.some((word) => !word.endsWith('?') && word !== '*');
}

export const patternSchema = z.object({
  id: z.string().regex(/^\d{2,4}\.[a-z0-9-]+\.v\d+$/, 'expected CODE.name.vN, e.g. 041.phone-call.v1'),
  cameo: z.string().regex(/^\d{2,4}$/),
  /**
   * Phrases; words separated by spaces, alternatives by "|"; a word matches a token's text or lemma.
   * A word ending in "?" is optional; "*" between two words skips up to four modifiers ("a $5 billion loan").
   */
  trigger: z.array(z.string().min(1).refine(validPhrase, 'a phrase may not start or end with "*", nor be all optional words')).min(1),
  /** POS one of the trigger's tokens must have. */
  pos: z.enum(['VERB', 'NOUN']).optional(),
  /** Words (with "|" alternatives) that must all follow the trigger within `window` tokens. */
  near: z.array(z.string().min(1)).default([]),
  window: z.number().int().positive().default(12),
  /** Words (with "|" alternatives) that cancel the match when they come within three tokens after the trigger ("met with criticism"). */
  unlessFollowedBy: z.array(z.string().min(1)).default([]),
  /** Words of which one must come within three tokens before the trigger ("protesters clashed with"). */
  precededBy: z.array(z.string().min(1)).default([]),
  /** Words that cancel the match when they come within three tokens before it ("hunger strike" is not an air strike). */
  unlessPrecededBy: z.array(z.string().min(1)).default([]),
  /**
   * "clause" (the default): what the trigger governs in the parse (its objects, obliques and
   * complement clauses) is this act's content, so no other trigger fires there ("accused Iran of
   * attacking Iraq" is one accusation, "launched an investigation into the killing" one
   * investigation). "trigger": triggers there fire as usual.
   */
  scope: z.enum(['trigger', 'clause']).default('clause'),
  /**
   * Where the actor is: "subject" (a verb's subject by the configured rules; an event noun's owner, its
   * "by" phrase, or the subject of the light verb that governs it), "modifier" (an actor modifying a noun
   * trigger: "U.S. military operation"), or "speaker" (who says it, in a quote).
   */
  actor: z.enum(['subject', 'modifier', 'speaker']).default('subject'),
  /**
   * Where the recipient is, as relations of the parse, tried in order: "obj" (the direct object; a
   * passive's subject), "obl:with" (what "with" marks), "ccomp:nsubj" (the subject of the clause the
   * verb governs), "owner" (whose the last `near` word is: "U.S. sanctions", "Iran's decision").
   */
  recipient: z.array(slot).default([]),
  /**
   * What may fill the recipient slot: when the slot holds anything else ("struck the ball", "attacked
   * government red tape", "executed the plan"), the word has another sense there and the match is not coded.
   */
  recipientMustBe: z.array(z.enum(['person', 'state', 'organisation', 'group'])).optional(),
  /**
   * The act is only an event when done to someone named: "Russia backed Assad" is one, "the minister
   * backed the plans" is not. Without a recipient (or coordinated parties) the match is not coded.
   */
  requireRecipient: z.boolean().default(false),
  /** For "speaker" patterns: the recipient is the clause's subject ("Venezuela sends us drugs"). */
  recipientIsSubject: z.boolean().default(false),
  confidence: z.number().min(0).max(1).default(0.7),
  note: z.string().optional(),
});

export type EventPattern = z.infer<typeof patternSchema>;

function isDirectory(location: string): boolean {
  try {
    return statSync(location).isDirectory();
  } catch (error) {
    throw new AnnalistError('lexicon', `cannot read pattern lexicon: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { input: location });
  }
}

const isPatternFile = (name: string) => name.endsWith('.jsonl');

/** Reads every .jsonl file in the given folders, and the given .jsonl files (built-in patterns first). */
export function loadPatterns(extra: readonly string[] = []): EventPattern[] {
  const patterns: EventPattern[] = [];
  const ids = new Set<string>();
  for (const location of [lexiconPath('events'), ...extra]) {
    // A file of another name is another lexicon's ("--lexicon mine/clause-markers.tsv").
    const files = isDirectory(location)
      ? readdirSync(location).filter(isPatternFile).sort().map((name) => path.join(location, name))
      : [location].filter(isPatternFile);
    for (const file of files) {
      readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
        if (!line.trim() || line.trimStart().startsWith('//')) return;
        const input = `${file}:${index + 1}`;
        let json: unknown;
        try {
          json = JSON.parse(line);
        } catch (error) {
          throw new AnnalistError('lexicon', `not valid JSON: ${(error as Error).message}`, { input });
        }
        const parsed = patternSchema.safeParse(json);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new AnnalistError('lexicon', `field '${issue.path.join('.')}': ${issue.message}`, { input });
        }
        if (ids.has(parsed.data.id)) throw new AnnalistError('lexicon', `pattern id '${parsed.data.id}' is already defined`, { input });
        ids.add(parsed.data.id);
        patterns.push(parsed.data);
      });
    }
  }
  return patterns;
}
