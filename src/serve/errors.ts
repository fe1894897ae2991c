// One place where failures become HTTP responses, all shaped { error: { status, message } }:
// AnnalistError codes map to statuses here as src/cli/main.ts maps them to exit codes.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { AnnalistError, type ErrorCode } from '../errors.js';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = { usage: 400, input: 400, gold: 400, lexicon: 500, model: 500, store: 500, pipeline: 500 };

export interface FieldIssue {
  field: string;
  message: string;
}

export function errorBody(status: number, message: string, issues?: FieldIssue[]) {
  return { error: { status, message, ...(issues ? { issues } : {}) } };
}

export function errorResponse(c: Context, status: ContentfulStatusCode, message: string, issues?: FieldIssue[]): Response {
  return c.json(errorBody(status, message, issues), status);
}

export function handleError(error: Error, c: Context): Response {
  if (error instanceof HTTPException) {
    // Middleware that builds its own response (the bearer check, with our JSON body) keeps it.
    if (error.res) return error.getResponse();
    const status = error.status as ContentfulStatusCode;
    return errorResponse(c, status, error.message || (status === 413 ? 'request body too large' : 'request refused'));
  }
  if (error instanceof AnnalistError) return errorResponse(c, STATUS[error.code], error.message);
  process.stderr.write(`annalist serve: ${c.req.method} ${c.req.path} failed\n${error.stack ?? error.message}\n`);
  return errorResponse(c, 500, 'internal error; the server log has the details');
}

const PLACES = { query: 'query parameter', param: 'path parameter', json: 'body field', header: 'header', cookie: 'cookie', form: 'form field' } as const;

/** One issue per invalid field, named as the client wrote it: "body field [2].text" for the third article. */
export function validationIssues(target: keyof typeof PLACES, error: ZodError, bodyWasArray: boolean): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    // "?text=Iraq" where the parameter is q: name the parameter, rather than ignore it and answer as if unfiltered.
    if (issue.code === 'unrecognized_keys' && target === 'query') {
      return issue.keys.map((key) => ({ field: `${PLACES[target]} ${key}`, message: 'is not a parameter of this endpoint (see /api/openapi.json)' }));
    }
    // A single article object is validated as a one-item array; name its fields without the [0].
    const path = target === 'json' && !bodyWasArray && issue.path[0] === 0 ? issue.path.slice(1) : issue.path;
    const field = path.reduce<string>((name, part) =>
      typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part), '');
    return { field: `${PLACES[target]} ${field || '(the whole body)'}`, message: issue.message };
  });
}
