import type { Certification } from '../../../shared/domain';
import type { LabelledItem } from './labelled-items';
import { namesAfterLeadIn, properNameRuns } from './proper-names';
import {
  exampleNames,
  isAbbreviation,
  lowercaseWords,
  parentheticals,
  removeParentheticals,
  sentences,
  splitNameList,
  splitTopLevel,
  tidy,
  withoutDashRemark,
  withoutMarks,
  wordCount,
} from './text-lists';

/** Bullets in a certification list that point to ways of learning rather than to a certificate. */
const NOT_A_CERTIFICATION =
  /self[- ]learning|self[- ]study|online resources|bootcamp|degree|learning paths?|\bcourses?\b/i;

/** "Product-Specific Certifications" names a family of certificates, not one certificate. */
const FAMILY_LABEL = /certifications\b|certificates\b|\bvendor\b|product[- ]specific/i;

/** A family described rather than named: "Specific Tool Certifications", "Other certifications". */
const GENERIC_QUALIFIER =
  /^(?:specific|other|various|relevant|additional|industry|general|vendor|product|tool|key|recommended|popular|optional|further|advanced|entry)\b/i;

const TRAILING_CERTIFICATION = /\s+certifications?$/i;

/** "Salesforce certifications": a plural names a family of credentials, not one to earn. */
const FAMILY_NAME = /\bcertifications$/i;

/** "... from Human Factors International", "... by QAI": who issues it, not part of its name. */
const TRAILING_ISSUER = / (?:by|from) (?:the )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*$/;

/** Longest name a certificate plausibly has, in words. */
const MAX_CERTIFICATION_WORDS = 12;

/** "(CISSP - highly valued)" keeps only its abbreviation; balanced groups, so no regex backtracking. */
function shortenAbbreviationRemarks(text: string): string {
  let result = '';
  let cursor = 0;
  for (const group of parentheticals(text)) {
    const head = splitTopLevel(group.inner, /\s+[-–—]\s+/)[0] ?? '';
    if (head === group.inner || !isAbbreviation(head)) continue;
    result += `${text.slice(cursor, group.start)}(${head})`;
    cursor = group.end;
  }
  return result + text.slice(cursor);
}

/** The first parenthetical abbreviation stays part of the name; issuers and remarks go. */
function keepFirstAbbreviation(text: string): string {
  let kept = false;
  return removeParentheticals(text, (inner) => {
    if (!kept && isAbbreviation(inner)) {
      kept = true;
      return false;
    }
    return true;
  });
}

/**
 * Trims the notes around a certificate's name: "CISSP - highly valued" inside parentheses
 * keeps only the acronym, an issuer in parentheses or after "by" goes, a trailing
 * "Certification" goes.
 */
function cleanCertificationName(raw: string, dropTrailingWord: boolean): string {
  const shortened = shortenAbbreviationRemarks(withoutMarks(raw));
  const name = tidy(keepFirstAbbreviation(withoutDashRemark(shortened)).replace(TRAILING_ISSUER, ''));
  const trimmed = dropTrailingWord ? name.replace(TRAILING_CERTIFICATION, '') : name;
  return trimmed.length > 0 ? trimmed : name;
}

/** A word that marks a proper name: a capital after the first letter, a digit or a symbol ("CCNA", "A+"). */
function isDistinctiveWord(word: string): boolean {
  return /[A-Z0-9+#]/.test(word.slice(1)) || /^[0-9]/.test(word);
}

/**
 * A certificate's name: capitalised, short, without the lowercase words of a sentence, and
 * more than a capitalised common word ("Cost", "Not required").
 */
export function looksLikeCertificationName(fragment: string): boolean {
  const name = withoutDashRemark(fragment);
  const words = removeParentheticals(name, () => true).split(' ').filter(Boolean);
  if (!/^[A-Z0-9]/.test(name) || words.length > MAX_CERTIFICATION_WORDS || lowercaseWords(name) > 1) return false;
  const [first = '', ...rest] = words;
  return isDistinctiveWord(first) || rest.some((word) => /^[A-Z0-9]/.test(word) || isDistinctiveWord(word));
}

/** The names a sentence lists, when it is a list ("CCNA (entry-level), CCNP, CCIE") and not prose. */
function namesListedIn(text: string): string[] {
  const [first = ''] = sentences(text);
  const names: string[] = [];
  // A list runs from the start of the sentence up to the first part that is not a name.
  for (const fragment of splitNameList(first)) {
    if (!looksLikeCertificationName(fragment)) break;
    names.push(fragment);
  }
  return names;
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

function isFamilyName(name: string): boolean {
  return FAMILY_NAME.test(removeParentheticals(name, () => true));
}

function named(names: string[], description: string, dropTrailingWord: boolean): Certification[] {
  return names
    .map((name) => cleanCertificationName(name, dropTrailingWord))
    .filter((name) => name !== '')
    .map((name) => ({ ...UNKNOWN_DETAILS, name, description }));
}

/** What a family label calls its members, without parentheses or the word "Certifications". */
function familyQualifier(label: string): string {
  return tidy(removeParentheticals(label, () => true).replace(/\s*\bcertific\w*/gi, ' '));
}

/** Names in a family label's parentheses when the label itself only describes: "(CompTIA Database+)". */
function labelParenthesisNames(label: string): string[] {
  return parentheticals(label).flatMap((group) => splitNameList(group.inner).filter(looksLikeCertificationName));
}

/** "ISTQB Foundation Level is widely recognised": members named in prose start with the family's name. */
function membersInProse(qualifier: string, description: string): string[] {
  if (qualifier === '') return [];
  return sentences(description)
    .flatMap((sentence) => properNameRuns(sentence, true))
    .filter((run) => run.startsWith(`${qualifier} `) && looksLikeCertificationName(run));
}

function familyMembers(label: string, description: string): Certification[] {
  const fromExamples = exampleNames(description).filter((name) => !isFamilyName(name));
  if (fromExamples.length > 0) return named(fromExamples, description, false);
  const listed = namesListedIn(description).filter((name) => !isFamilyName(name));
  if (listed.length > 0) return named(listed, '', false);
  const leadIn = sentences(description)
    .flatMap((s) => namesAfterLeadIn(s, looksLikeCertificationName))
    .filter((name) => !isFamilyName(name));
  if (leadIn.length > 0) return named(leadIn, description, false);

  const qualifier = familyQualifier(label);
  const inProse = membersInProse(qualifier, description);
  if (inProse.length > 0) return named(inProse, description, false);
  if (qualifier === '' || GENERIC_QUALIFIER.test(qualifier)) return [];
  if (lowercaseWords(qualifier) > 0) return named(labelParenthesisNames(label), description, false);
  // Several names joined ("HDI CSR or HDI SCA Certifications") are certificates; one name alone is the family.
  const joined = splitJoinedNames(label);
  return joined.length > 1 ? named(joined, description, true) : [];
}

/** "HashiCorp Certified: Terraform Associate" is one name that a plain label split in two. */
function rejoinedCertifiedName(item: LabelledItem): LabelledItem {
  if (!/\bCertified$/.test(item.label) || !/^[A-Z]/.test(item.text)) return item;
  const [name = '', ...rest] = sentences(item.text);
  return { ...item, label: `${item.label}: ${name}`, text: rest.join('. ') };
}

/**
 * A bullet that is all text: a name with a remark after it ("NN/g UX Certification, earned by
 * ..."), a list, or "Certifications like A or B show that ...".
 */
function unlabelledCertifications(text: string): Certification[] {
  const [first = ''] = sentences(text);
  if (NOT_A_CERTIFICATION.test(splitNameList(first)[0] ?? '')) return [];
  const leadIn = namesAfterLeadIn(first, looksLikeCertificationName);
  const names = leadIn.length > 0 ? leadIn : namesListedIn(text);
  return named(
    names.filter((name) => !isFamilyName(name)),
    '',
    true,
  );
}

function certificationsOfItem(original: LabelledItem): Certification[] {
  const item = rejoinedCertifiedName(original);
  if (item.label === '') return unlabelledCertifications(item.text);
  const { label, text: description } = item;
  if (NOT_A_CERTIFICATION.test(label)) return [];

  const labelExamples = exampleNames(label).filter((name) => !isFamilyName(name));
  if (labelExamples.length > 0) return named(labelExamples, description, false);
  if (FAMILY_LABEL.test(label)) return familyMembers(label, description);
  // "Kubernetes track from the Linux Foundation: CKA, CKAD, CKS": the label heads a list of certificates.
  const listed = namesListedIn(description);
  if (listed.length >= 2) return named(listed, '', false);
  return named(splitJoinedNames(label), description, true);
}

/**
 * A bullet whose own label heads the certificates under it ("Entry level", "Cloud"), unlike a
 * certificate with details under it ("Cost: $100", "Level: beginner").
 */
function groupsNested(item: LabelledItem): boolean {
  const leadingName = (child: LabelledItem) => child.label || (splitNameList(sentences(child.text)[0] ?? '')[0] ?? '');
  const nestedNames = item.nested.filter((child) => looksLikeCertificationName(leadingName(child)));
  if (nestedNames.length === 0) return false;
  return item.text === '' || FAMILY_LABEL.test(item.label) || !looksLikeCertificationName(item.label);
}

/**
 * Certificates named by the entries of a certification section, nested entries included.
 * Nesting follows the document's lists and headings, which the readers keep shallow.
 */
export function extractCertifications(items: LabelledItem[]): Certification[] {
  const found = items.flatMap((item) => {
    if (NOT_A_CERTIFICATION.test(item.label)) return [];
    if (groupsNested(item)) return extractCertifications(item.nested);
    return certificationsOfItem(item);
  });
  const seen = new Set<string>();
  return found.filter((certification) => {
    const key = certification.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
