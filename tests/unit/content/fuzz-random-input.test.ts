import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../../shared/links';
import { bytesOf, careerPathAround } from './fuzz-documents';
import { expectImportOutcome, timedParse } from './fuzz-harness';
import { markdownDocument } from './fuzz-markdown-arbitraries';

describe('the importer on random input', () => {
  it('answers random bytes with a Result, never a throw, quickly', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 8192 }), (bytes) => {
        expectImportOutcome(timedParse('random bytes', bytes), 'random bytes');
      }),
      { numRuns: 300 },
    );
  });

  it('answers random text of any script, control characters included, with a Result', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 4000, unit: 'binary' }), (text) => {
        expectImportOutcome(timedParse('random text', bytesOf(text)), 'random text');
      }),
      { numRuns: 200 },
    );
  });

  it('answers random markdown built from headings, lists, emphasis, links, code and HTML', () => {
    fc.assert(
      fc.property(markdownDocument, (markdown) => {
        expectImportOutcome(timedParse('random markdown', bytesOf(markdown)), markdown.slice(0, 300));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps what it imports from random markdown displayable: a title, plannable items, safe links', () => {
    let imported = 0;
    fc.assert(
      fc.property(markdownDocument, (markdown) => {
        const measured = timedParse('random career path', bytesOf(careerPathAround(markdown)));
        expectImportOutcome(measured, markdown.slice(0, 300));
        const { result } = measured;
        if (!result.ok) {
          // The skeleton is a valid path: only the random middle can be the reason.
          expect(['unsafe-content', 'internal', 'not-text']).toContain(result.error.code);
          return;
        }
        imported += 1;
        const { content } = result.value;
        expect(content.title.trim()).not.toBe('');
        expect(content.toolGroups.length + content.projects.length).toBeGreaterThan(0);
        for (const link of content.readingLinks) expect(isSafeExternalUrl(link.url), link.url).toBe(true);
        for (const certification of content.certifications) {
          if (certification.url !== null) expect(isSafeExternalUrl(certification.url)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
    expect(imported).toBeGreaterThan(100);
  });
});
