import { execFileSync } from 'node:child_process';

/** Reads a PDF back as text the way a person would see it, via poppler's pdftotext. */
export function pdfToText(pdfFile: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' });
}

/** The line of a printed checklist that holds an item title, so its box glyph can be checked. */
export function checklistLine(text: string, itemTitle: string): string | undefined {
  return text.split('\n').find((line) => /[☑☐]/.test(line) && line.includes(itemTitle));
}
