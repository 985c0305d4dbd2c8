import { parseWithBytes, stringifyWithBytes } from '../bytes-codec';
import { fail, type Result } from '../../../shared/result';

/** Must match the header the browser host checks on every API call. */
const TOKEN_HEADER = 'x-studypath-token';

/** The host writes its per-run token into index.html; nothing else on the page knows it. */
export function readHostToken(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="studypath-token"]');
  return meta?.content ?? '';
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}

/**
 * POSTs JSON (with binary fields encoded) to the host and returns its Result. A dead host
 * or a garbled answer becomes an error Result too, so callers handle one shape only.
 */
export async function postToHost<T>(path: string, input: unknown): Promise<Result<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: readHostToken() },
      body: stringifyWithBytes(input),
    });
  } catch {
    return fail('internal', 'The StudyPath web host is not reachable. Is it still running?');
  }
  let payload: unknown;
  try {
    payload = parseWithBytes(await response.text());
  } catch {
    return fail('internal', `The StudyPath web host sent an unreadable answer (HTTP ${response.status}).`);
  }
  if (!isResult(payload))
    return fail('internal', `The StudyPath web host sent an unexpected answer (HTTP ${response.status}).`);
  return payload as Result<T>;
}

export function eventStreamUrl(): string {
  return `/api/events?token=${encodeURIComponent(readHostToken())}`;
}
