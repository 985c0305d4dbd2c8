import matter from 'gray-matter';
import { z } from 'zod';
import { fail, ok, type Result } from '../../../shared/result';
import { planDataFields, planDataOf, type PlanData } from './plan-data';

const slug = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "support-engineer"');

const frontMatterSchema = z.looseObject({
  title: z
    .string({
      error: (issue) => (issue.input === undefined ? 'a "title" is required' : 'the "title" must be text'),
    })
    .trim()
    .min(1, 'the "title" must not be empty')
    .max(300, 'the "title" must be at most 300 characters'),
  description: z.string().trim().max(2000).optional(),
  id: slug.optional(),
  ...planDataFields,
});

export interface FrontMatter {
  title: string;
  description: string | undefined;
  id: string | undefined;
  /** Structured certifications, tools and projects; null when the body is to be read instead. */
  planData: PlanData | null;
}

export interface SplitDocument {
  /** Null when the file has no front matter block at all. */
  frontMatter: FrontMatter | null;
  body: string;
}

/** Thrown by the script engines gray-matter would otherwise run with eval. */
class ScriptFrontMatterError extends Error {}

function refuseScript(): never {
  throw new ScriptFrontMatterError('script front matter is not allowed');
}

const refusingEngine = { parse: refuseScript, stringify: refuseScript };

/** gray-matter evaluates `---js` blocks by default; every script language is replaced by a refusal. */
const safeEngines = {
  js: refusingEngine,
  javascript: refusingEngine,
  coffee: refusingEngine,
  coffeescript: refusingEngine,
  cson: refusingEngine,
};

const YAML_LANGUAGES = new Set(['', 'yaml', 'yml']);

function describeYamlError(error: unknown): string {
  if (error instanceof Error) {
    const detail = error as Error & { reason?: unknown; mark?: { line?: unknown } };
    const reason = typeof detail.reason === 'string' ? detail.reason : error.message.split('\n')[0];
    const line = typeof detail.mark?.line === 'number' ? ` (front matter line ${detail.mark.line + 1})` : '';
    return `${reason}${line}`;
  }
  return 'it could not be read';
}

/** A long list of problems buries the first one; the rest are counted instead. */
const MAX_REPORTED_ISSUES = 3;

function describeSchemaError(error: z.ZodError): string {
  const more = error.issues.length - MAX_REPORTED_ISSUES;
  const described = error.issues
    .slice(0, MAX_REPORTED_ISSUES)
    .map((issue) => {
      // Lists are numbered from 1 for people: "certifications 2 level".
      const field =
        issue.path.length > 0
          ? `"${issue.path.map((part) => (typeof part === 'number' ? String(part + 1) : String(part))).join(' ')}" `
          : '';
      return `${field}${issue.message}`.trim();
    })
    .join('; ');
  return more > 0 ? `${described}; and ${more} more ${more === 1 ? 'problem' : 'problems'}` : described;
}

/**
 * Separates the Jekyll-style front matter from the markdown body. Only YAML is accepted,
 * read with js-yaml's safe loader; any script front matter is refused without running it.
 */
export function splitFrontMatter(text: string): Result<SplitDocument> {
  if (!matter.test(text)) return ok({ frontMatter: null, body: text });

  const language = matter.language(text).name.toLowerCase();
  if (!YAML_LANGUAGES.has(language)) {
    return fail(
      'invalid-front-matter',
      `The front matter is written in "${language}", which StudyPath does not run. Use YAML front matter (title, description) between --- lines.`,
    );
  }

  let parsed: { data: Record<string, unknown>; content: string };
  try {
    parsed = matter(text, { engines: safeEngines, language: 'yaml' });
  } catch (error) {
    if (error instanceof ScriptFrontMatterError) {
      return fail(
        'invalid-front-matter',
        'Script front matter is not allowed. Use YAML front matter instead.',
      );
    }
    return fail(
      'invalid-front-matter',
      `The front matter at the top of the file is not valid YAML: ${describeYamlError(error)}.`,
    );
  }

  const checked = frontMatterSchema.safeParse(parsed.data);
  if (!checked.success) {
    return fail(
      'invalid-front-matter',
      `The front matter is not valid: ${describeSchemaError(checked.error)}.`,
    );
  }
  const { title, description, id } = checked.data;
  return ok({
    frontMatter: { title, description: description || undefined, id, planData: planDataOf(checked.data) },
    body: parsed.content,
  });
}
