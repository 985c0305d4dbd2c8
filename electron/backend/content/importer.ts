import type { ParsedCareerPath } from '../../../shared/domain';
import { slugify } from '../../../shared/keys';
import { fail, ok, type Result } from '../../../shared/result';
import { decodeTextFile } from './decode';
import { displaySections } from './display-sections';
import { extractBody } from './extract';
import { splitFrontMatter } from './front-matter';
import { buildOutline, parseMarkdown } from './markdown-outline';
import { findUnsafeContent } from './safety';
import { structureProblem } from './structure-limits';

export { contentItemsOf } from './content-items';

/** "31. Support Engineer" is the 31st chapter of a guide; the number is not part of the role. */
function withoutNumbering(title: string): string {
  return title.replace(/^\s*\d+\s*[.)]\s+/, '').trim();
}

/** A title as a message quotes it: a hostile file's megabyte of heading stays out of the message. */
function shortened(text: string, maxLength: number): string {
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}

function firstSentence(text: string, maxLength = 200): string {
  const end = text.search(/[.!?](\s|$)/);
  const sentence = end >= 0 ? text.slice(0, end + 1) : text;
  return sentence.length > maxLength ? `${sentence.slice(0, maxLength - 1).trimEnd()}…` : sentence;
}

function parseDocument(bytes: Uint8Array): Result<ParsedCareerPath> {
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) return decoded;
  const split = splitFrontMatter(decoded.value);
  if (!split.ok) return split;
  const { frontMatter, body } = split.value;

  const tooIntricate = structureProblem(body);
  if (tooIntricate !== null) {
    return fail(
      'unsafe-content',
      `This file has ${tooIntricate}, far beyond any career path. StudyPath does not import it, so the app stays responsive.`,
    );
  }
  const tree = parseMarkdown(body);
  const unsafe = findUnsafeContent(tree);
  if (unsafe !== null) {
    return fail(
      'unsafe-content',
      `This file contains ${unsafe}, which could run code. StudyPath does not import it.`,
    );
  }

  const outline = buildOutline(tree);
  const headingTitle = outline.sections[0]?.heading ?? '';
  const title = withoutNumbering(frontMatter?.title ?? headingTitle);
  if (title === '') {
    return fail(
      'invalid-front-matter',
      'This file has no title. Add front matter with a "title" at the top of the file.',
    );
  }

  const { content, warnings } = extractBody(outline, frontMatter?.planData ?? null);
  if (content.toolGroups.length === 0 && content.projects.length === 0) {
    return fail(
      'not-a-career-path',
      `"${shortened(title, 80)}" looks like a guide, not a career path: it has no tools to learn and no project ideas, so there is nothing to plan. Choose a document about a single role.`,
    );
  }

  const id = frontMatter?.id ?? slugify(title);
  if (id === '')
    return fail('invalid-front-matter', 'This file needs an "id" in its front matter (a lowercase slug).');
  if (frontMatter === null)
    warnings.unshift('No front matter found: the title was taken from the first heading.');

  return ok({
    id,
    content: {
      title,
      description: frontMatter?.description ?? firstSentence(content.overview),
      ...content,
      sections: displaySections(outline, body),
      planData: frontMatter?.planData ? 'front-matter' : 'document',
    },
    warnings,
  });
}

/**
 * Reads one career-path document (markdown with YAML front matter) into structured content.
 * Pure and synchronous; every problem with the input comes back as a Result error.
 */
export function parseCareerPath(fileName: string, bytes: Uint8Array): Result<ParsedCareerPath> {
  try {
    return parseDocument(bytes);
  } catch {
    // Parsers can still fail on pathological input (for example extreme nesting).
    return fail('internal', `"${fileName}" could not be read as a career path.`);
  }
}
