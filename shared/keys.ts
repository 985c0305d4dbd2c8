import type { ContentItemKind } from './domain';

/** Lower-case ASCII slug: "CompTIA A+" -> "comptia-a-plus". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, '-plus')
    .replace(/#/g, '-sharp')
    .replace(/&/g, '-and-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}

/**
 * The stable identity of a content item: the same path, kind and name always give the same
 * key, so re-importing a document keeps every tick, note and date attached to it.
 */
export function contentItemKey(pathId: string, kind: ContentItemKind, name: string): string {
  return `${pathId}/${kind}/${slugify(name) || 'item'}`;
}
