/**
 * The text the library search indexes: one document per path (its prose) and one per
 * plannable item. Pure, so the importer and the schema migration build the same documents.
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { CareerPathContent, ContentItem, ContentItemKind } from '../../../shared/domain';

export interface SearchDocument {
  pathId: string;
  /** Null for the document of the path itself. */
  itemKey: string | null;
  title: string;
  body: string;
}

/** Joins pieces of text into readable prose, so a snippet never runs two sentences together. */
function prose(parts: readonly (string | null | undefined)[]): string {
  return parts
    .map((part) => (part ?? '').replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .map((part) => (/[.!?:;…]$/.test(part) ? part : `${part}.`))
    .join(' ');
}

const INLINE_PARENTS = new Set<Nodes['type']>([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'link',
  'linkReference',
]);

function visibleText(node: Nodes): string {
  if (node.type === 'html') return '';
  if (node.type === 'break') return ' ';
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('value' in node) return node.value;
  if (!('children' in node)) return '';
  // Blocks are separated by a space; inline runs ("**Jira**:") join as written.
  const separator = INLINE_PARENTS.has(node.type) ? '' : ' ';
  return (node.children as Nodes[]).map(visibleText).join(separator);
}

/**
 * Markdown as the words a reader sees: no emphasis marks, link targets or raw HTML. Plain
 * CommonMark is enough for that and parses several times faster than with GFM extensions.
 */
export function markdownToPlainText(markdown: string): string {
  return visibleText(fromMarkdown(markdown)).replace(/\s+/g, ' ').trim();
}

/**
 * Real documents have some 40 KB of prose; beyond this much markdown a pathological file would
 * only make importing slower, so the rest of it is left out of the index.
 */
export const MAX_INDEXED_MARKDOWN = 200_000;

function sectionTexts(sections: CareerPathContent['sections']): string[] {
  let budget = MAX_INDEXED_MARKDOWN;
  return sections.flatMap((section) => {
    const markdown = section.markdown.slice(0, Math.max(0, budget));
    budget -= markdown.length;
    return [section.heading, markdown === '' ? '' : markdownToPlainText(markdown)];
  });
}

function pathBody(content: CareerPathContent): string {
  return prose([
    content.description,
    content.overview,
    ...content.responsibilities,
    ...content.skills.map((skill) => prose([`${skill.name}:`, skill.description])),
    ...sectionTexts(content.sections),
  ]);
}

/** The extra words each item kind carries beyond its description. */
function itemDetails(content: CareerPathContent): Map<string, string[][]> {
  const details = new Map<string, string[][]>();
  const add = (kind: ContentItemKind, title: string, words: (string | null)[]): void => {
    const key = `${kind}\u0000${title}`;
    details.set(key, [...(details.get(key) ?? []), words.filter((word): word is string => word !== null)]);
  };
  for (const c of content.certifications) add('certification', c.name, [c.issuer, c.examCode]);
  for (const g of content.toolGroups) add('tool', g.name, [g.tools.join(', ')]);
  for (const p of content.projects) add('project', p.title, p.deliverables);
  return details;
}

export function searchDocumentsOf(
  pathId: string,
  content: CareerPathContent,
  items: readonly ContentItem[],
): SearchDocument[] {
  const details = itemDetails(content);
  const itemDocuments = items.map((item): SearchDocument => {
    // Items with the same name take their details in document order, as their keys do.
    const extra = details.get(`${item.kind}\u0000${item.title}`)?.shift() ?? [];
    const unique = extra.filter((word) => word !== item.description);
    return { pathId, itemKey: item.key, title: item.title, body: prose([item.description, ...unique]) };
  });
  return [{ pathId, itemKey: null, title: content.title, body: pathBody(content) }, ...itemDocuments];
}
