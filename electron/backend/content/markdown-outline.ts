import type { Heading, List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/**
 * A part of the document opened by a heading, or by a paragraph that is nothing but a bold
 * label ("**Project Ideas:**"), which many career-path documents use in place of a heading.
 */
export interface OutlineSection {
  heading: string;
  depth: number;
  opener: Heading | Paragraph;
  /** Blocks between this opener and the next one. */
  blocks: RootContent[];
  children: OutlineSection[];
}

export interface Outline {
  tree: Root;
  /** Blocks before the first heading. */
  preamble: RootContent[];
  sections: OutlineSection[];
}

export function parseMarkdown(source: string): Root {
  return fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** The visible text of a node, whitespace collapsed. */
export function plainText(node: Nodes): string {
  return collapseWhitespace(rawText(node));
}

/** Containers whose children are blocks: their texts are joined with a space. */
const BLOCK_PARENTS = new Set(['listItem', 'list', 'root', 'blockquote', 'table', 'tableRow']);

/** Walks with an explicit stack: a hostile file can nest emphasis or lists thousands deep. */
function rawText(root: Nodes): string {
  const parts: string[] = [];
  const pending: (Nodes | string)[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === undefined) break;
    if (typeof node === 'string') {
      parts.push(node);
    } else if (node.type === 'break') {
      parts.push(' ');
    } else if ('value' in node && typeof node.value === 'string') {
      if (node.type !== 'html') parts.push(node.value);
    } else if ('children' in node) {
      const children = node.children as Nodes[];
      const separator = BLOCK_PARENTS.has(node.type) ? ' ' : '';
      for (let index = children.length - 1; index >= 0; index -= 1) {
        const child = children[index];
        if (child === undefined) continue;
        pending.push(child);
        if (index > 0 && separator !== '') pending.push(separator);
      }
    }
  }
  return parts.join('');
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Heading text without the trailing colon and surrounding quotes the documents like to add. */
export function cleanHeading(text: string): string {
  return collapseWhitespace(text)
    .replace(/\s*:\s*$/, '')
    .replace(/^"(.*)"$/, '$1')
    .trim();
}

function isBoldLabelParagraph(node: RootContent): node is Paragraph {
  if (node.type !== 'paragraph') return false;
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const only = meaningful[0];
  return (
    meaningful.length === 1 && only !== undefined && only.type === 'strong' && plainText(only).length <= 100
  );
}

export function buildOutline(tree: Root): Outline {
  const preamble: RootContent[] = [];
  const sections: OutlineSection[] = [];
  const open: OutlineSection[] = [];
  let realHeadingDepth = 0;

  const place = (section: OutlineSection): void => {
    while (open.length > 0 && (open[open.length - 1]?.depth ?? 0) >= section.depth) open.pop();
    const parent = open[open.length - 1];
    if (parent) parent.children.push(section);
    else sections.push(section);
    open.push(section);
  };

  for (const node of tree.children) {
    if (node.type === 'heading') {
      realHeadingDepth = node.depth;
      place({
        heading: cleanHeading(plainText(node)),
        depth: node.depth,
        opener: node,
        blocks: [],
        children: [],
      });
    } else if (isBoldLabelParagraph(node)) {
      place({
        heading: cleanHeading(plainText(node)),
        depth: realHeadingDepth + 1,
        opener: node,
        blocks: [],
        children: [],
      });
    } else {
      const current = open[open.length - 1];
      if (current) current.blocks.push(node);
      else preamble.push(node);
    }
  }
  return { tree, preamble, sections };
}

/**
 * Every section of the outline, parents before their children, in document order. The recursion
 * is shallow: a child is always deeper than its parent and there are seven levels at most.
 */
export function allSections(sections: OutlineSection[]): OutlineSection[] {
  return sections.flatMap((section) => [section, ...allSections(section.children)]);
}

/** The section's own blocks followed by those of its subsections. */
export function blocksWithin(section: OutlineSection): RootContent[] {
  return [...section.blocks, ...section.children.flatMap(blocksWithin)];
}

export function listsIn(blocks: RootContent[]): List[] {
  return blocks.filter((block): block is List => block.type === 'list');
}

export function listItemsIn(blocks: RootContent[]): ListItem[] {
  return listsIn(blocks).flatMap((list) => list.children);
}

/** The kramdown table-of-contents marker ("* TOC" / "{:toc}") that Jekyll expands; meaningless here. */
export function isKramdownMarker(node: RootContent): boolean {
  const text = plainText(node);
  return /^(TOC\s*)?\{:[^}]*\}$/.test(text) || text === 'TOC';
}
