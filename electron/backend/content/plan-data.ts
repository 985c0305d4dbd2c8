/**
 * The structured planning data a career-path file can carry in its front matter:
 * certifications with issuer, level and hours, tool groups with a starter tool, and projects
 * with deliverables. When a file gives any of these lists, all three come from here and the
 * markdown body is only prose.
 */
import { z } from 'zod';
import type { Certification, ProjectIdea, ToolGroup } from '../../../shared/domain';
import { isSafeExternalUrl } from '../../../shared/links';

const name = z.string().trim().min(1, 'must not be empty').max(200);
const sentence = z.string().trim().min(1, 'must not be empty').max(800);
const hours = z
  .number({ error: 'must be a number of hours' })
  .int('must be a whole number of hours')
  .min(1, 'must be at least 1 hour')
  .max(2000, 'must be at most 2000 hours');

const httpsUrl = z
  .string()
  .trim()
  .refine(
    (url) => url.startsWith('https://') && isSafeExternalUrl(url),
    'must be an https:// web address without a user name or password',
  );

const certificationSchema = z
  .strictObject({
    name,
    issuer: name,
    level: z.enum(['foundational', 'associate', 'professional', 'expert'], {
      error: 'must be one of foundational, associate, professional, expert',
    }),
    hours,
    examCode: z.string().trim().min(1).max(100).optional(),
    url: httpsUrl,
    why: sentence,
    validityYears: z.number().int().min(1).max(10).optional(),
  })
  .transform(
    (c): Certification => ({
      name: c.name,
      description: c.why,
      issuer: c.issuer,
      level: c.level,
      hours: c.hours,
      examCode: c.examCode ?? null,
      url: c.url,
      validityYears: c.validityYears ?? null,
    }),
  );

const toolGroupSchema = z
  .strictObject({
    group: name,
    tools: z.array(name).min(1, 'must list at least one tool').max(40),
    start: name,
    hours: hours.optional(),
  })
  .refine((g) => g.tools.includes(g.start), {
    message: 'must be one of the tools listed in this group',
    path: ['start'],
  })
  .transform(
    (g): ToolGroup => ({ name: g.group, tools: g.tools, starter: g.start, hours: g.hours ?? null }),
  );

const projectSchema = z
  .strictObject({
    title: name,
    summary: sentence,
    hours,
    deliverables: z.array(sentence).min(1, 'must list at least one deliverable').max(12),
  })
  .transform(
    (p): ProjectIdea => ({
      title: p.title,
      description: p.summary,
      deliverables: p.deliverables,
      hours: p.hours,
    }),
  );

export const planDataFields = {
  certifications: z.array(certificationSchema).max(60).optional(),
  tools: z.array(toolGroupSchema).max(30).optional(),
  projects: z.array(projectSchema).max(30).optional(),
};

export interface PlanData {
  certifications: Certification[];
  toolGroups: ToolGroup[];
  projects: ProjectIdea[];
}

/** Null when the front matter gives none of the three lists. */
export function planDataOf(fields: {
  certifications?: Certification[] | undefined;
  tools?: ToolGroup[] | undefined;
  projects?: ProjectIdea[] | undefined;
}): PlanData | null {
  if (fields.certifications === undefined && fields.tools === undefined && fields.projects === undefined) {
    return null;
  }
  return {
    certifications: fields.certifications ?? [],
    toolGroups: fields.tools ?? [],
    projects: fields.projects ?? [],
  };
}
