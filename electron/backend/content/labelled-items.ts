import type { ListItem, PhrasingContent } from 'mdast';
import { collapseWhitespace, plainText } from './markdown-outline';

/**
 * A bullet read as "label: text". The documents write labels in bold ("**CompTIA A+:** ...")
 * or plain ("Frontend: React, Vue.js"); some bullets have no label at all.
 */
export interface LabelledItem {
  label: string;
  text: string;
  /** The bullets of a list nested under this one. */
  nested: LabelledItem[];
  /**
   * True when the label names one thing and the text describes it: a dash rather than a colon
   * follows the label ("**Xcode** – Apple's IDE"), or a table row has a name and a description.
   */
  described?: boolean;
}

/** A plain-text label is short and reads like a name, not like the first clause of a sentence. */
const MAX_PLAIN_LABEL_WORDS = 14;
/** A label before a dash is shorter still: dashes also join the parts of a name. */
const MAX_DASH_LABEL_WORDS = 8;
/** Lists nested deeper than this say nothing a career path needs; reading stops there. */
const MAX_NESTED_LISTS = 6;
/**
 * The longest text read from one entry. Real entries stay under about 1,500 characters; the
 * cut keeps name extraction cheap on a hostile megabyte-long bullet.
 */
export const MAX_ENTRY_CHARS = 5_000;

/** Collapses whitespace and cuts an entry's text to the readable length. */
export function entryText(text: string): string {
  return collapseWhitespace(text.length > MAX_ENTRY_CHARS * 2 ? text.slice(0, MAX_ENTRY_CHARS * 2) : text).slice(
    0,
    MAX_ENTRY_CHARS,
  );
}

function stripLabelColon(label: string): string {
  return label.replace(/\s*:\s*$/, '').trim();
}

/** The first colon followed by a space outside parentheses, so "(e.g.: x)" and URLs do not split. */
function findTopLevelColon(text: string): number {
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === ':' && depth === 0 && (index + 1 === text.length || text[index + 1] === ' '))
      return index;
  }
  return -1;
}

/** The first spaced dash outside parentheses ("Jira – issue tracking"), as [start, end]. */
function findTopLevelDash(text: string): [number, number] | null {
  let depth = 0;
  for (let index = 1; index + 2 < text.length; index += 1) {
    const char = text[index];
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && text[index - 1] === ' ' && text[index + 1] === ' ' && /[-–—]/.test(char ?? ''))
      return [index - 1, index + 2];
  }
  return null;
}

function wordsIn(text: string): number {
  return text.split(' ').filter(Boolean).length;
}

/**
 * "Label: text", or "Label – text" when what follows the dash reads as a description (lowercase
 * or several words); "AWS Certified Security – Specialty" stays one name.
 */
function splitPlainLabel(text: string): { label: string; text: string; described?: boolean } {
  const colon = findTopLevelColon(text);
  if (colon > 0) {
    const label = text.slice(0, colon).trim();
    if (wordsIn(label) <= MAX_PLAIN_LABEL_WORDS && !/[.!?]\s/.test(label)) {
      return { label, text: text.slice(colon + 1).trim() };
    }
    return { label: '', text };
  }
  const dash = findTopLevelDash(text);
  if (dash) {
    const label = text.slice(0, dash[0]).trim();
    const rest = text.slice(dash[1]).trim();
    const describes = /^[a-z]/.test(rest) || wordsIn(rest) >= 4;
    if (describes && wordsIn(label) <= MAX_DASH_LABEL_WORDS && !/[.!?]\s/.test(label)) {
      return { label, text: rest, described: true };
    }
  }
  return { label: '', text };
}

function isBlankText(child: PhrasingContent): boolean {
  return child.type === 'text' && child.value.trim() === '';
}

/** A label in bold at the start of a line: "**Frontend:** React, Vue". */
function leadingStrongLabel(
  children: PhrasingContent[],
): { label: string; rest: PhrasingContent[] } | null {
  const first = children.findIndex((child) => !isBlankText(child));
  const strong = children[first];
  if (strong === undefined || strong.type !== 'strong') return null;
  const label = stripLabelColon(entryText(plainText(strong)));
  if (label === '') return null;
  return { label, rest: children.slice(first + 1) };
}

/** One line of inline content read as an item: a bold label, a plain label, or only text. */
export function readLabelledLine(children: PhrasingContent[]): { label: string; text: string; described?: boolean } {
  const strong = leadingStrongLabel(children);
  if (!strong) return splitPlainLabel(entryText(plainText({ type: 'paragraph', children })));
  const rest = entryText(plainText({ type: 'paragraph', children: strong.rest }));
  const described = /^[-–—]\s/.test(rest);
  const text = rest.replace(/^(?::|[-–—](?=\s))\s*/, '');
  return described ? { label: strong.label, text, described } : { label: strong.label, text };
}

export function readListItem(item: ListItem, depth = 0): LabelledItem {
  const nested: LabelledItem[] = [];
  const paragraphs: string[] = [];
  let label = '';
  let labelled = false;
  let described = false;

  for (const child of item.children) {
    if (child.type === 'list') {
      if (depth < MAX_NESTED_LISTS) nested.push(...child.children.map((sub) => readListItem(sub, depth + 1)));
    } else if (child.type === 'paragraph' && !labelled && paragraphs.length === 0) {
      labelled = true;
      const line = readLabelledLine(child.children);
      label = line.label;
      described = line.described === true;
      paragraphs.push(line.text);
    } else {
      paragraphs.push(plainText(child));
    }
  }
  const text = entryText(paragraphs.filter(Boolean).join(' '));
  return described ? { label, text, nested, described } : { label, text, nested };
}

/** The label when there is one, otherwise the whole text: what a person would call this bullet. */
export function itemName(item: LabelledItem): string {
  return item.label || item.text;
}
