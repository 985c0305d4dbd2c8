import type { Root, RootContent } from 'mdast';
import type { PathSection } from '../../../shared/domain';
import { isKramdownMarker, type Outline, type OutlineSection } from './markdown-outline';

function startOf(node: RootContent | OutlineSection['opener']): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: RootContent | OutlineSection['opener']): number {
  return node.position?.end.offset ?? 0;
}

/** The sections a reader sees: the children of the single title heading, or the top headings. */
function topLevelSections(outline: Outline): { sections: OutlineSection[]; title: OutlineSection | null } {
  const [only, ...others] = outline.sections;
  if (only !== undefined && others.length === 0 && only.depth === 1)
    return { sections: only.children, title: only };
  return { sections: outline.sections, title: null };
}

function markdownOf(tree: Root, source: string, from: number, to: number): string {
  return tree.children
    .filter((node) => startOf(node) >= from && endOf(node) <= to && !isKramdownMarker(node))
    .map((node) => source.slice(startOf(node), endOf(node)))
    .join('\n\n')
    .trim();
}

/**
 * Each top-level section as the markdown the author wrote, cut from the source by node
 * positions so the display shows exactly the original lists, links and emphasis.
 */
export function displaySections(outline: Outline, source: string): PathSection[] {
  const { sections, title } = topLevelSections(outline);
  const result: PathSection[] = [];

  if (title !== null) {
    const firstChild = sections[0];
    const intro = markdownOf(
      outline.tree,
      source,
      endOf(title.opener),
      firstChild ? startOf(firstChild.opener) : source.length,
    );
    if (intro !== '') result.push({ heading: title.heading, markdown: intro });
  }

  sections.forEach((section, index) => {
    const next = sections[index + 1];
    const markdown = markdownOf(
      outline.tree,
      source,
      endOf(section.opener),
      next ? startOf(next.opener) : source.length,
    );
    if (markdown !== '' || section.heading !== '') result.push({ heading: section.heading, markdown });
  });
  return result;
}
