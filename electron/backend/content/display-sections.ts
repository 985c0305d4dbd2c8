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

/**
 * Cuts the markdown of consecutive ranges of the source. The ranges come in document order, so
 * one pointer walks the top-level nodes once instead of filtering all of them for every range.
 */
function rangeReader(tree: Root, source: string): (from: number, to: number) => string {
  const nodes = tree.children;
  let next = 0;
  return (from, to) => {
    while (next < nodes.length && startOf(nodes[next] as RootContent) < from) next += 1;
    const parts: string[] = [];
    let index = next;
    for (; index < nodes.length; index += 1) {
      const node = nodes[index] as RootContent;
      if (startOf(node) >= to) break;
      if (endOf(node) <= to && !isKramdownMarker(node)) parts.push(source.slice(startOf(node), endOf(node)));
    }
    next = index;
    return parts.join('\n\n').trim();
  };
}

/**
 * Each top-level section as the markdown the author wrote, cut from the source by node
 * positions so the display shows exactly the original lists, links and emphasis.
 */
export function displaySections(outline: Outline, source: string): PathSection[] {
  const { sections, title } = topLevelSections(outline);
  const result: PathSection[] = [];
  const markdownOf = rangeReader(outline.tree, source);

  if (title !== null) {
    const firstChild = sections[0];
    const intro = markdownOf(
      endOf(title.opener),
      firstChild ? startOf(firstChild.opener) : source.length,
    );
    if (intro !== '') result.push({ heading: title.heading, markdown: intro });
  }

  sections.forEach((section, index) => {
    const next = sections[index + 1];
    const markdown = markdownOf(
      endOf(section.opener),
      next ? startOf(next.opener) : source.length,
    );
    if (markdown !== '' || section.heading !== '') result.push({ heading: section.heading, markdown });
  });
  return result;
}
