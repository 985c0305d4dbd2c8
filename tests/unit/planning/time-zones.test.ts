import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { scenarios } from './scenarios';

const run = promisify(execFile);
const childScript = fileURLToPath(new URL('./tz-child.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Both hemispheres, half-hour and 45-minute offsets, a 30-minute DST shift and a zone without
 * DST, with `getTimezoneOffset()` in January and July 2026 for each.
 */
const TIME_ZONES: Record<string, [number, number]> = {
  'Europe/London': [0, -60],
  'America/New_York': [300, 240],
  'Australia/Lord_Howe': [-660, -630],
  'Asia/Kolkata': [-330, -330],
  'Pacific/Chatham': [-825, -765],
};

describe('the schedule in other time zones', () => {
  it('gives the same calendar dates wherever the person lives', async () => {
    const outputs = await Promise.all(
      Object.keys(TIME_ZONES).map(async (timeZone) => {
        const { stdout } = await run(process.execPath, ['--import', 'tsx', childScript], {
          cwd: repoRoot,
          env: { ...process.env, TZ: timeZone },
        });
        const output = JSON.parse(stdout) as {
          utcOffsets: number[];
          results: unknown[];
          calendarMismatches: string[];
        };
        return { timeZone, ...output };
      }),
    );
    const expected = scenarios.map((scenario) => scenario.expected);
    outputs.forEach((output) => {
      expect(output.utcOffsets, output.timeZone).toEqual(TIME_ZONES[output.timeZone]);
      expect(output.calendarMismatches, output.timeZone).toEqual([]);
      expect(output.results, output.timeZone).toEqual(expected);
    });
  }, 60_000);
});
