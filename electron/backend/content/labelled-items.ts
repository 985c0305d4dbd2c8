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
}

/** A plain-text label is short and reads like a name, not like the first clause of a sentence. */
const MAX_PLAIN_LABEL_WORDS = 14;

function stripLabelColon(label: string): string {
  return label.replace(/\s*:\s*$/, '').trim();
}

function splitPlainLabel(text: string): { label: string; text: string } {
  const colon = findTopLevelColon(text);
  if (colon > 0) {
    const label = text.slice(0, colon).trim();
    const words = label.split(' ').length;
    if (words <= MAX_PLAIN_LABEL_WORDS && !/[.!?]\s/.test(label)) {
      return { label, text: text.slice(colon + 1).trim() };
    }
  }
  return { label: '', text };
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

function leadingStrongLabel(children: PhrasingContent[]): { label: string; rest: PhrasingContent[] } | null {
  const first = children.findIndex((child) => !(child.type === 'text' && child.value.trim() === ''));
  const strong = children[first];
  if (strong === undefined || strong.type !== 'strong') return null;
  return { label: plainText(strong), rest: children.slice(first + 1) };
}

export function readListItem(item: ListItem): LabelledItem {
  const nested: LabelledItem[] = [];
  const paragraphs: string[] = [];
  let label = '';
  let labelled = false;

  for (const child of item.children) {
    if (child.type === 'list') {
      nested.push(...child.children.map(readListItem));
    } else if (child.type === 'paragraph' && !labelled && paragraphs.length === 0) {
      labelled = true;
      const strong = leadingStrongLabel(child.children);
      if (strong) {
        label = stripLabelColon(strong.label);
        const rest = plainText({ type: 'paragraph', children: strong.rest });
        paragraphs.push(rest.replace(/^:\s*/, ''));
      } else {
        const split = splitPlainLabel(plainText(child));
        label = split.label;
        paragraphs.push(split.text);
      }
    } else {
      paragraphs.push(plainText(child));
    }
  }
  return { label, text: collapseWhitespace(paragraphs.filter(Boolean).join(' ')), nested };
}

/** The label when there is one, otherwise the whole text: what a person would call this bullet. */
export function itemName(item: LabelledItem): string {
  return item.label || item.text;
}
