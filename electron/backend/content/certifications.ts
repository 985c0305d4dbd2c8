import type { Certification } from '../../../shared/domain';
import type { LabelledItem } from './labelled-items';
import { exampleNames, removeParentheticals, splitTopLevel, tidy, wordCount } from './text-lists';

/** Bullets in a certification list that point to ways of learning rather than to a certificate. */
const NOT_A_CERTIFICATION =
  /self[- ]learning|self[- ]study|online resources|bootcamp|degree|learning paths?/i;

/** "Product-Specific Certifications" names a family of certificates, not one certificate. */
const FAMILY_LABEL = /certifications\b|\bvendor\b|product[- ]specific/i;

const TRAILING_CERTIFICATION = /\s+certifications?$/i;

/**
 * Trims the notes around a certificate's name: "CISSP - highly valued" inside parentheses
 * keeps only the acronym, lowercase remarks disappear, a trailing "Certification" goes.
 */
function cleanCertificationName(raw: string, dropTrailingWord: boolean): string {
  const shortened = raw.replace(/\(([A-Z][A-Za-z0-9+/&]*)\s+[-–—][^)]*\)/g, '($1)');
  const withoutNotes = removeParentheticals(shortened, (inner) => /^[a-z]/.test(inner));
  const name = tidy(withoutNotes);
  const trimmed = dropTrailingWord ? name.replace(TRAILING_CERTIFICATION, '') : name;
  return trimmed.length > 0 ? trimmed : name;
}

/**
 * "CompTIA Network+ and CompTIA Security+" or "HDI CSR or HDI SCA Certifications" name
 * several certificates: split when every part is itself a capitalised multi-word name.
 */
function splitJoinedNames(label: string): string[] {
  const parts = splitTopLevel(label, /\s+(?:and|or)\s+/);
  const eachIsAName = parts.every((part) => /^[A-Z]/.test(part) && wordCount(part) >= 2);
  return parts.length > 1 && eachIsAName ? parts : [label];
}

/** A certification named in a document's body: only its name and description are known. */
const UNKNOWN_DETAILS = {
  issuer: null,
  level: null,
  hours: null,
  examCode: null,
  url: null,
  validityYears: null,
} as const;

function certificationsOfItem(item: LabelledItem): Certification[] {
  const label = item.label || item.text;
  const description = item.label ? item.text : '';
  if (label === '' || NOT_A_CERTIFICATION.test(label)) return [];

  const named = (names: string[], dropTrailingWord: boolean): Certification[] =>
    names
      .map((name) => cleanCertificationName(name, dropTrailingWord))
      .filter((name) => name !== '')
      .map((name) => ({ ...UNKNOWN_DETAILS, name, description }));

  const labelExamples = exampleNames(label);
  if (labelExamples.length > 0) return named(labelExamples, false);

  if (FAMILY_LABEL.test(label)) {
    const textExamples = exampleNames(description);
    if (textExamples.length > 0) return named(textExamples, false);
  }
  return named(splitJoinedNames(label), true);
}

/** Certificates named by the bullets of a certification section, nested bullets included. */
export function extractCertifications(items: LabelledItem[]): Certification[] {
  return items.flatMap((item) => {
    if (item.nested.length > 0 && item.text === '') return extractCertifications(item.nested);
    return certificationsOfItem(item);
  });
}
