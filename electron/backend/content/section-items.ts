import type { Paragraph, PhrasingContent, RootContent, Table } from 'mdast';
import { MAX_ENTRY_CHARS, entryText, readLabelledLine, readListItem, type LabelledItem } from './labelled-items';
import { plainText, type OutlineSection } from './markdown-outline';

/**
 * The entries of a section, whatever shape the author gave them: bullets, table rows, lines
 * with a bold label, or subsections (whose heading is the label and whose content is the
 * text and the nested entries). Extraction reads these the same way for every shape.
 */

/** Quotes nested deeper than this are not read; a real document quotes a list at most once. */
const MAX_QUOTE_DEPTH = 3;

/** Header words that mark the column listing the names in a table ("Tools", "Examples"). */
const LIST_COLUMN = /tool|technolog|software|platform|example|option|product|stack|name|certif|project/i;

function cellTexts(row: Table['children'][number]): string[] {
  return row.children.map((cell) => entryText(plainText(cell)));
}

/** A first column headed like this names one thing per row ("Tool", "Certification", "Project"). */
const NAME_COLUMN = /^(?:tools?|technolog(?:y|ies)|names?|software|platforms?|products?|certifications?|certificates?|projects?|project ideas?|titles?)$/i;

/** Each body row of a table: the first cell names it, the listing column (or the second) says more. */
function tableItems(table: Table): LabelledItem[] {
  const [header, ...rows] = table.children;
  if (header === undefined) return [];
  const headers = cellTexts(header);
  const listColumn = headers.findIndex((text, index) => index > 0 && LIST_COLUMN.test(text));
  const textColumn = listColumn > 0 ? listColumn : 1;
  const described = NAME_COLUMN.test(headers[0] ?? '');
  return rows
    .map(cellTexts)
    .map((cells): LabelledItem => {
      const item = { label: cells[0] ?? '', text: cells[textColumn] ?? '', nested: [] };
      return described ? { ...item, described } : item;
    })
    .filter((item) => item.label !== '' || item.text !== '');
}

/** A paragraph split at its line breaks, so each "**Label:** text" line can be read alone. */
function paragraphLines(paragraph: Paragraph): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of paragraph.children) {
    if (child.type === 'break') {
      lines.push([]);
    } else if (child.type === 'text' && child.value.includes('\n')) {
      child.value.split('\n').forEach((piece, index) => {
        if (index > 0) lines.push([]);
        if (piece !== '') lines[lines.length - 1]?.push({ type: 'text', value: piece });
      });
    } else {
      lines[lines.length - 1]?.push(child);
    }
  }
  return lines.filter((line) => line.length > 0);
}

/** Lines that each start with a label; a paragraph of prose gives none. */
function labelledLines(paragraph: Paragraph): LabelledItem[] {
  const lines = paragraphLines(paragraph);
  const bold = lines.filter((line) => {
    const first = line.find((child) => !(child.type === 'text' && child.value.trim() === ''));
    return first?.type === 'strong';
  });
  const read = lines.map((line) => ({ ...readLabelledLine(line), nested: [] }));
  // Plain "Label: text" lines count only when every line of the paragraph has that shape.
  const allPlainLabelled = lines.length >= 2 && read.every((item) => item.label !== '' && item.text !== '');
  if (bold.length === lines.length || allPlainLabelled) return read.filter((item) => item.label !== '');
  return [];
}

function hasListOrTable(blocks: RootContent[]): boolean {
  return blocks.some((block) => block.type === 'list' || block.type === 'table');
}

/** Items of the blocks of one section, in document order. */
export function itemsOfBlocks(blocks: RootContent[], quoteDepth = 0): LabelledItem[] {
  // Paragraphs beside a list or table introduce or comment on it; alone, their labelled lines are the entries.
  const readParagraphs = !hasListOrTable(blocks);
  return blocks.flatMap((block): LabelledItem[] => {
    if (block.type === 'list') return block.children.map((item) => readListItem(item));
    if (block.type === 'table') return tableItems(block);
    if (block.type === 'paragraph' && readParagraphs) return labelledLines(block);
    if (block.type === 'blockquote' && quoteDepth < MAX_QUOTE_DEPTH)
      return itemsOfBlocks(block.children, quoteDepth + 1);
    return [];
  });
}

/** The prose paragraphs of a section (those that are not entries), joined. */
function proseOf(blocks: RootContent[]): string {
  const readParagraphs = !hasListOrTable(blocks);
  return blocks
    .filter(
      (block): block is Paragraph =>
        block.type === 'paragraph' && !(readParagraphs && labelledLines(block).length > 0),
    )
    .map((paragraph) => plainText(paragraph))
    .filter(Boolean)
    .join(' ')
    .slice(0, MAX_ENTRY_CHARS);
}

/**
 * A section's entries: its own blocks' items, then one item per subsection. The recursion
 * follows the outline, which is at most seven levels deep.
 */
export function sectionItems(section: OutlineSection): LabelledItem[] {
  return [
    ...itemsOfBlocks(section.blocks),
    ...section.children.map((child) => ({
      label: child.heading,
      text: proseOf(child.blocks),
      nested: sectionItems(child),
    })),
  ];
}

/** Prose paragraphs directly in a section, for documents that name things in sentences. */
export function sectionProse(section: OutlineSection): string {
  return proseOf(section.blocks);
}
