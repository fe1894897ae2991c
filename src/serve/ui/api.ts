// The UI's calls to the annalist API: JSON in, a readable Error out.
import type { Filters } from './state.js';

export class ApiError extends Error {}

export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export async function getJson<T>(path: string, params: Filters | Record<string, string | number | undefined> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${path}${query(params)}`, { headers: { accept: 'application/json' } });
  } catch {
    throw new ApiError('cannot reach the annalist server; is `annalist serve` still running?');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as { error?: { message?: string } } | null)?.error?.message;
    throw new ApiError(message ?? `the server answered ${response.status}`);
  }
  return body as T;
}
