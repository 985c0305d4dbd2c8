import { describe, expect, it } from 'vitest';
import { suggestPdfFileName } from '../../../electron/backend/print';

describe('suggested PDF file name', () => {
  it('is the plan name with a .pdf extension', () => {
    expect(suggestPdfFileName('Cloud engineer 2027')).toBe('Cloud engineer 2027.pdf');
  });

  it('replaces characters no desktop OS accepts in a file name', () => {
    expect(suggestPdfFileName('QA / Test: "phase" 1?*<>|\\')).toBe('QA Test phase 1.pdf');
  });

  it('falls back to a neutral name when nothing usable is left', () => {
    expect(suggestPdfFileName('///')).toBe('Study plan.pdf');
    expect(suggestPdfFileName('CON')).toBe('Study plan.pdf');
    expect(suggestPdfFileName('...')).toBe('Study plan.pdf');
  });

  it('drops trailing dots and spaces that Windows would silently remove', () => {
    expect(suggestPdfFileName('My plan. . ')).toBe('My plan.pdf');
  });

  it('stays a reasonable length', () => {
    expect(suggestPdfFileName('x'.repeat(500)).length).toBeLessThanOrEqual(124);
  });
});
