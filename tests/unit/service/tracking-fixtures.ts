/** A career path with structured plan data, and a plan over all of it, for the tracking tests. */
import type { PlannerService } from '../../../shared/contract';
import type { PlanDetail, PlanItem } from '../../../shared/domain';
import { expectOk, serviceHarness, type ServiceHarness } from '../../helpers/service';

export const trackedRoleMarkdown = `---
id: tracked-role
title: Tracked Role
description: A made-up role whose file gives levels, validity and deliverables.
certifications:
  - name: Cloud Basics
    issuer: Example Org
    level: foundational
    hours: 30
    url: https://example.org/cloud-basics
    validityYears: 3
    why: Covers the basic ideas of renting computers by the hour.
  - name: Cloud Architect
    issuer: Example Org
    level: professional
    hours: 120
    url: https://example.org/cloud-architect
    why: Goes deep into designing systems that stay up.
tools:
  - group: Terminals
    tools: [Bash, Zsh]
    start: Bash
projects:
  - title: Build a status page
    summary: A page that shows whether a handful of web sites answer.
    hours: 12
    deliverables:
      - A public repository with a README
      - A live demo anyone can open
      - A short write-up of what broke and why
---
# Tracked Role

## Role Definition & Responsibilities:

### Definition:
* **Definition:** A Tracked Role is a made-up role used by the StudyPath tests.
`;

export interface TrackedPlan extends ServiceHarness {
  plan: PlanDetail;
  item: (title: string) => PlanItem;
}

export function importTrackedRole(service: PlannerService): string {
  return expectOk(
    service.importCareerPath({
      fileName: 'tracked-role.md',
      bytes: new TextEncoder().encode(trackedRoleMarkdown),
    }),
  ).pathId;
}

/** A fresh database with the tracked role planned in full from 2 March 2026. */
export function trackedPlan(dir: string, start?: Date): TrackedPlan {
  const harness = serviceHarness(dir, start);
  const pathId = importTrackedRole(harness.service);
  const path = expectOk(harness.service.getPath({ pathId }));
  const plan = expectOk(
    harness.service.createPlan({
      name: 'Tracked plan',
      pathId,
      startDate: '2026-03-02',
      targetDate: '2026-12-31',
      itemKeys: path.items.map((item) => item.key),
    }),
  );
  const item = (title: string): PlanItem => {
    const found = expectOk(harness.service.getPlan({ planId: plan.id })).items.find((i) => i.title === title);
    if (found === undefined) throw new Error(`no item "${title}"`);
    return found;
  };
  return { ...harness, plan, item };
}

/** Every row of the tables these methods write, to prove a refused call changed nothing. */
export function trackingSnapshot(harness: Pick<ServiceHarness, 'db'>): unknown {
  const all = (table: string) => harness.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
  return {
    plans: all('plans'),
    planItems: all('plan_items'),
    deliverables: all('plan_item_deliverables'),
    links: all('plan_item_links'),
    settings: all('settings'),
  };
}
