/**
 * Reads a career path's stored content back from an export. Types are checked strictly;
 * fields this version does not know are dropped, so a file from a slightly newer build
 * with extra details still imports.
 */
import { z } from 'zod';
import { MAX_IMPORT_BYTES } from '../../../shared/contract';
import type { CareerPathContent } from '../../../shared/domain';
import { isSafeExternalUrl } from '../../../shared/links';

export function text(max: number) {
  return z.string().max(max, `longer than ${max} characters`);
}

/** A whole document is at most MAX_IMPORT_BYTES, so no one piece of its text can be longer. */
const prose = text(MAX_IMPORT_BYTES);
const line = text(20_000);
const lines = (max: number) => z.array(line).max(max, `more than ${max} entries`);
const nullableHours = z.number().nonnegative().max(100_000).nullable();
const webLink = text(4000).refine(isSafeExternalUrl, 'not an http(s) web address');

const certification = z.object({
  name: line,
  description: line,
  issuer: line.nullable(),
  level: z.enum(['foundational', 'associate', 'professional', 'expert']).nullable(),
  hours: nullableHours,
  examCode: line.nullable(),
  url: webLink.nullable(),
  validityYears: z.number().nonnegative().max(100).nullable(),
});

const toolGroup = z.object({
  name: line,
  tools: lines(500),
  starter: line.nullable(),
  hours: nullableHours,
});

const project = z.object({
  title: line,
  description: line,
  deliverables: lines(500),
  hours: nullableHours,
});

const skill = z.object({
  name: line,
  description: line,
  category: z.enum(['technical', 'soft', 'other']),
});

export const careerPathContentSchema = z.object({
  title: line,
  description: line,
  overview: prose,
  responsibilities: lines(2000),
  certifications: z.array(certification).max(2000),
  toolGroups: z.array(toolGroup).max(2000),
  projects: z.array(project).max(2000),
  skills: z.array(skill).max(2000),
  entryLevelTitles: lines(2000),
  careerLadder: lines(2000),
  readingLinks: z.array(z.object({ title: line, url: webLink })).max(2000),
  sections: z.array(z.object({ heading: line, markdown: prose })).max(2000),
  planData: z.enum(['front-matter', 'document']),
}) satisfies z.ZodType<CareerPathContent>;
