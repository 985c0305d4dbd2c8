/**
 * Reads a chosen file back as a StudyPath export. Each way a file can be wrong gets its own
 * plain answer: too large, not text, not JSON, not ours, from a newer version, or damaged.
 */
import type { z } from 'zod';
import { MAX_DATA_IMPORT_BYTES } from '../../../shared/contract';
import { fail, ok, type Result } from '../../../shared/result';
import { findUnsafeContent } from '../content/safety';
import { parseMarkdown } from '../content/markdown-outline';
import {
  DATA_EXPORT_SCHEMA_VERSION,
  dataExportSchema,
  exportHeaderSchema,
  type CheckedDataExport,
} from './export-format';

const NOT_AN_EXPORT =
  'This file is not a StudyPath data export. Choose a file made with "Export all my data…".';
const MAX_REPORTED_ISSUES = 3;

function decodeUtf8(bytes: Uint8Array): Result<string> {
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return fail('not-text', 'This file is not UTF-8 text, so it is not a StudyPath data export.');
  }
}

function parseJson(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    return fail('invalid-argument', `This file is not valid JSON. ${NOT_AN_EXPORT}`);
  }
}

function isPresent(input: unknown, path: readonly PropertyKey[]): boolean {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return false;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value !== undefined;
}

function describeIssue(input: unknown, issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'the file';
  const missing = issue.path.length > 0 && !isPresent(input, issue.path);
  return `${where}: ${missing ? 'missing' : issue.message}`;
}

function damaged(details: string[]): Result<never> {
  return fail(
    'invalid-argument',
    `This StudyPath export is damaged or incomplete and cannot be imported (${details.join('; ')}).`,
  );
}

/** Problems zod cannot see field by field: duplicates, foreign item keys, unsafe markdown. */
function findInconsistencies(document: CheckedDataExport): string[] {
  const problems: string[] = [];
  const pathIds = new Set<string>();
  document.paths.forEach((path, index) => {
    if (pathIds.has(path.id)) problems.push(`paths.${index}.id: "${path.id}" appears twice`);
    pathIds.add(path.id);
    const keys = new Set<string>();
    path.items.forEach((item, itemIndex) => {
      // Keys are "<path id>/<kind>/<name>", so a key from another path would take over its item.
      if (!item.key.startsWith(`${path.id}/`) || keys.has(item.key)) {
        problems.push(`paths.${index}.items.${itemIndex}.key: "${item.key}" is not a key of this path`);
      }
      keys.add(item.key);
    });
    const texts = [path.content.overview, ...path.content.sections.map((section) => section.markdown)];
    const unsafe = texts.map((markdown) => findUnsafeContent(parseMarkdown(markdown))).find(Boolean);
    if (unsafe) problems.push(`paths.${index}.content: contains ${unsafe}`);
  });
  return problems;
}

export function readDataExport(bytes: Uint8Array): Result<CheckedDataExport> {
  if (bytes.byteLength > MAX_DATA_IMPORT_BYTES) {
    const limitMb = Math.round(MAX_DATA_IMPORT_BYTES / (1024 * 1024));
    return fail(
      'file-too-large',
      `This file is larger than ${limitMb} MB, too large to be a StudyPath export.`,
    );
  }
  if (bytes.byteLength === 0) return fail('empty-file', 'This file is empty.');
  const text = decodeUtf8(bytes);
  if (!text.ok) return text;
  const json = parseJson(text.value);
  if (!json.ok) return json;

  const header = exportHeaderSchema.safeParse(json.value);
  if (!header.success) return fail('invalid-argument', NOT_AN_EXPORT);
  if (header.data.schemaVersion > DATA_EXPORT_SCHEMA_VERSION) {
    return fail(
      'invalid-argument',
      `This export was made by a newer version of StudyPath (schemaVersion ${header.data.schemaVersion}). ` +
        'Update StudyPath on this computer, then import it again.',
    );
  }

  const parsed = dataExportSchema.safeParse(json.value);
  if (!parsed.success)
    return damaged(
      parsed.error.issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => describeIssue(json.value, issue)),
    );
  const problems = findInconsistencies(parsed.data);
  if (problems.length > 0) return damaged(problems.slice(0, MAX_REPORTED_ISSUES));
  return ok(parsed.data);
}
