import type { ContentItem, ContentItemKind, ParsedCareerPath } from '../../../shared/domain';
import { contentItemKey } from '../../../shared/keys';

/**
 * The plannable items of a path. Keys come from path + kind + name, so they survive a
 * re-import; a name repeated within the path gets "-2", "-3" in document order.
 */
export function contentItemsOf(parsed: ParsedCareerPath): ContentItem[] {
  const { id, content } = parsed;
  const drafts: { kind: ContentItemKind; title: string; description: string; hours: number | null }[] = [
    ...content.certifications.map((c) => ({
      kind: 'certification' as const,
      title: c.name,
      description: c.description,
      hours: c.hours,
    })),
    ...content.toolGroups.map((g) => ({
      kind: 'tool' as const,
      title: g.name,
      description: g.tools.join(', '),
      hours: g.hours,
    })),
    ...content.projects.map((p) => ({
      kind: 'project' as const,
      title: p.title,
      description: p.description,
      hours: p.hours,
    })),
  ];

  const used = new Set<string>();
  return drafts.map((draft) => {
    const base = contentItemKey(id, draft.kind, draft.title);
    let key = base;
    for (let copy = 2; used.has(key); copy += 1) key = `${base}-${copy}`;
    used.add(key);
    return { key, ...draft };
  });
}
