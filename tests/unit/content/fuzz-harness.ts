/** Shared checks for the importer fuzz tests: every outcome is a Result, clear, and quick. */
import { expect } from 'vitest';
import { parseCareerPath } from '../../../electron/backend/content/importer';
import type { ParsedCareerPath } from '../../../shared/domain';
import type { ErrorCode, Result } from '../../../shared/result';

/**
 * The most one import may cost. Measured as this process's CPU time, so a machine busy with
 * other work does not fail the test; an import that loops or explodes still does.
 */
export const IMPORT_CPU_LIMIT_MS = 4_000;

/** What a refused import may answer with; anything else (a crash, a storage error) is a bug. */
const IMPORT_REFUSALS: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'empty-file',
  'not-text',
  'file-too-large',
  'invalid-front-matter',
  'unsafe-content',
  'not-a-career-path',
]);

export interface Timed<T> {
  result: T;
  cpuMs: number;
  wallMs: number;
}

/** Runs `work` once, measuring it; a throw fails the test with the context. */
export function timed<T>(context: string, work: () => T): Timed<T> {
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  let result: T;
  try {
    result = work();
  } catch (error) {
    throw new Error(`${context}: threw instead of answering with a Result: ${String(error)}`);
  }
  const cpu = process.cpuUsage(cpuBefore);
  return { result, cpuMs: (cpu.user + cpu.system) / 1000, wallMs: performance.now() - wallBefore };
}

export function timedParse(context: string, bytes: Uint8Array): Timed<Result<ParsedCareerPath>> {
  return timed(context, () => parseCareerPath('fuzzed.md', bytes));
}

export function expectWithinTimeBound(measured: Timed<unknown>, context: string): void {
  expect(
    measured.cpuMs,
    `${context}: took ${Math.round(measured.cpuMs)} ms of CPU (${Math.round(measured.wallMs)} ms wall)`,
  ).toBeLessThan(IMPORT_CPU_LIMIT_MS);
}

/** A refusal a person can act on: a known code and one or two plain sentences. */
export function expectClearRefusal(result: Result<unknown>, context: string): void {
  if (result.ok) return;
  const { code, message } = result.error;
  expect(IMPORT_REFUSALS.has(code), `${context}: unexpected code ${code}`).toBe(true);
  expect(message.length, `${context}: ${message.slice(0, 200)}`).toBeGreaterThan(10);
  expect(message.length, `${context}: ${message.slice(0, 200)}`).toBeLessThan(600);
  // A sentence, or one that starts with the file's name ("notes.md is larger than 1 MB.").
  expect(message, context).toMatch(/^(["A-Z]|\S+\.md\b)/);
  expect(message, context).toMatch(/[.?]$/);
  expect(message, context).not.toMatch(/\n\s+at |\bError:|\[object |\bNaN\b/);
}

/** ok, or a clear refusal, within the time bound. */
export function expectImportOutcome(measured: Timed<Result<unknown>>, context: string): void {
  expect(typeof measured.result.ok, context).toBe('boolean');
  expectClearRefusal(measured.result, context);
  expectWithinTimeBound(measured, context);
}
