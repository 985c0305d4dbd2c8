import type { Certification } from '../../../shared/domain';
import { extractCertifications, looksLikeCertificationName } from './certifications';
import type { LabelledItem } from './labelled-items';
import { namesAfterLeadIn, properNameRuns } from './proper-names';
import { parentheticals, sentences, splitNameList } from './text-lists';

/**
 * Documents without a certification section still name certificates where they discuss getting
 * into the role: in a bullet about certifications with the certificates nested under it, in a
 * bullet that lists them, or inline ("online certifications (e.g., A, B)", "certifications like
 * PMP", "a good start is the Google Data Analytics Professional Certificate").
 */

const MENTIONS = /certif/i;
/** The word the examples must follow, so "bootcamps (e.g., ...)" in the same sentence is not read. */
const AFTER_CERTIFICATIONS = /certif\w*\s*$/i;
const EXAMPLES = /^(?:e\.g\.|eg\.?|for example|such as|including)[,:]?\s*/i;
/** "Agile/Scrum certifications" or "DevOps Institute certifications" refer to a family, not a certificate. */
const FAMILY_REFERENCE = /\bcertifications?$/;

function isMentionedName(fragment: string): boolean {
  return looksLikeCertificationName(fragment) && !FAMILY_REFERENCE.test(fragment);
}

function examplesAfterTheWord(sentence: string): string[] {
  return parentheticals(sentence).flatMap((group) => {
    const before = sentence.slice(Math.max(0, group.start - 40), group.start);
    if (!AFTER_CERTIFICATIONS.test(before)) return [];
    const intro = EXAMPLES.exec(group.inner);
    return intro ? splitNameList(group.inner.slice(intro[0].length)).filter(isMentionedName) : [];
  });
}

/** "Recommended certifications: A, B and C" lists them after a colon. */
const LISTED_AFTER_COLON = /\bcertifi(?:cations?|cates?)(?:\s+(?:to consider|include|are))?\s*:\s*/i;

/** Words that end or make up a credential's name ("... Professional Certificate", "Certified ..."). */
const CREDENTIAL_WORD =
  /\b(?:Certified|Certificate|Certification|Associate|Professional|Specialist|Expert|Practitioner|Administrator|Developer|Engineer|Analyst|Architect)\b/;

function namesInSentence(sentence: string): string[] {
  if (!MENTIONS.test(sentence)) return [];
  const inParentheses = examplesAfterTheWord(sentence);
  if (inParentheses.length > 0) return inParentheses;
  const colon = LISTED_AFTER_COLON.exec(sentence);
  if (colon) {
    const listed = splitNameList(sentence.slice(colon.index + colon[0].length));
    if (listed.length > 0 && listed.every(isMentionedName)) return listed;
  }
  const leadIn = /certif\w*\s+(?:such as|like|including|include)\s/i.exec(sentence);
  return leadIn ? namesAfterLeadIn(sentence.slice(leadIn.index), isMentionedName) : [];
}

/** Credentials a paragraph about certifications names in passing: "A good start is the Google ... Certificate." */
function credentialsInProse(sentence: string): string[] {
  return properNameRuns(sentence).filter(
    (run) => CREDENTIAL_WORD.test(run) && isMentionedName(run) && /\s/.test(run) && colonsJoinCredentials(run),
  );
}

/** "Microsoft Certified: Azure Fundamentals" is one name; "Salary Ranges: Entry-level ..." is a label and a sentence. */
function colonsJoinCredentials(run: string): boolean {
  return run
    .split(':')
    .slice(0, -1)
    .every((before) => CREDENTIAL_WORD.test(before.split(' ').pop() ?? ''));
}

/**
 * Text that is itself certificates: "AWS Certified Cloud Practitioner, Google Cloud Digital Leader"
 * or "Certified Usability Analyst from Human Factors International, if ...".
 */
function namesCertificates(item: LabelledItem): boolean {
  const fragments = splitNameList(sentences(item.text)[0] ?? '');
  const [first = ''] = fragments;
  if (!looksLikeCertificationName(first)) return false;
  return item.label === '' || (fragments.length >= 2 && fragments.every(looksLikeCertificationName));
}

function mentionsIn(item: LabelledItem): LabelledItem[] {
  // "**Certifications:** A, B" or a bullet about certifications with them nested: read as a certification entry.
  if (MENTIONS.test(item.label)) return [item];
  if (!MENTIONS.test(item.text)) return [];
  if (item.nested.length > 0) return item.nested;
  if (namesCertificates(item)) return [item];
  const names = sentences(item.text).flatMap((sentence) => [
    ...namesInSentence(sentence),
    ...credentialsInProse(sentence),
  ]);
  return names.map((name) => ({ label: name, text: '', nested: [] }));
}

/** Certificates named in entries that mention certification, read as the entries' shapes allow. */
export function mentionedCertifications(items: LabelledItem[]): Certification[] {
  return extractCertifications(items.flatMap(mentionsIn));
}
