import { describe, expect, it } from 'vitest';
import { groupItemsByKind } from '../../../renderer/src/lib/groupItems';
import { planItem } from './fixtures';

describe('checklist groups', () => {
  it('shows certifications, tools, projects and my items in that order, each in plan order', () => {
    const items = [
      planItem({ id: 1, kind: 'custom', position: 9 }),
      planItem({ id: 2, kind: 'project', position: 5 }),
      planItem({ id: 3, kind: 'certification', position: 2 }),
      planItem({ id: 4, kind: 'tool', position: 3 }),
      planItem({ id: 5, kind: 'certification', position: 1 }),
    ];
    const groups = groupItemsByKind(items);
    expect(groups.map((g) => g.heading)).toEqual(['Certifications', 'Tools', 'Projects', 'My items']);
    expect(groups[0]?.items.map((i) => i.id)).toEqual([5, 3]);
  });

  it('leaves out kinds the plan has no items of', () => {
    const groups = groupItemsByKind([planItem({ id: 1, kind: 'tool' })]);
    expect(groups.map((g) => g.heading)).toEqual(['Tools']);
  });
});
