import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlannerService } from '../../../shared/contract';
import { ok } from '../../../shared/result';
import { readBody } from '../../../scripts/web-host/http-body';
import { callServiceMethod } from '../../../scripts/web-host/service-api';

/** Only the methods a test calls; the rest would throw, which is what the test wants to see. */
function fakeService(
  methods: Partial<Record<keyof PlannerService, (input: unknown) => unknown>>,
): PlannerService {
  return methods as unknown as PlannerService;
}

describe('browser host service calls', () => {
  it('passes validated input to the service and announces the tables it changed', () => {
    const seen: unknown[] = [];
    const service = fakeService({
      setItemStatus: (input) => {
        seen.push(input);
        return ok({ id: 7 });
      },
    });
    const outcome = callServiceMethod(service, 'setItemStatus', { itemId: 7, status: 'done' });
    expect(outcome).toEqual({
      status: 200,
      result: { ok: true, value: { id: 7 } },
      changed: ['plans', 'items', 'reminders'],
    });
    expect(seen).toEqual([{ itemId: 7, status: 'done' }]);
  });

  it('refuses invalid input before it reaches the service', () => {
    const service = fakeService({
      setItemStatus: () => {
        throw new Error('must not be called');
      },
    });
    const outcome = callServiceMethod(service, 'setItemStatus', { itemId: -1, status: 'finished' });
    expect(outcome.status).toBe(200);
    expect(outcome.result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(outcome.changed).toEqual([]);
  });

  it('answers an unknown method, even one inherited from Object, with not-found', () => {
    for (const method of ['dropAllTables', 'constructor', '__proto__', 'toString']) {
      const outcome = callServiceMethod(fakeService({}), method, {});
      expect(outcome.status).toBe(404);
      expect(outcome.result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    }
  });

  it('announces nothing when the service refuses the change', () => {
    const service = fakeService({
      deletePlan: () => ({ ok: false, error: { code: 'not-found', message: 'No such plan' } }),
    });
    expect(callServiceMethod(service, 'deletePlan', { planId: 3 }).changed).toEqual([]);
  });

  it('turns a crash in the back end into an internal error', () => {
    const service = fakeService({
      listPlans: () => {
        throw new Error('disk on fire');
      },
    });
    const outcome = callServiceMethod(service, 'listPlans', {});
    expect(outcome.status).toBe(500);
    expect(outcome.result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('browser host request bodies', () => {
  let server: Server | null = null;
  afterEach(async () => {
    await new Promise((resolve) => server?.close(resolve));
    server = null;
  });

  async function postThroughLimit(body: string, limit: number): Promise<string> {
    server = createServer((req, res) => {
      void readBody(req, limit).then((read) =>
        res.end(read.kind === 'ok' ? `ok:${read.text.length}` : 'too-large'),
      );
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/' }, (res) => {
        let answer = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (answer += chunk));
        res.on('end', () => resolve(answer));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  it('reads a body within the limit', async () => {
    expect(await postThroughLimit('x'.repeat(1000), 1000)).toBe('ok:1000');
  });

  it('answers an oversized body instead of dropping the connection', async () => {
    expect(await postThroughLimit('x'.repeat(200_000), 1000)).toBe('too-large');
  });
});
