import { describe, expect, it } from 'vitest';
import type { PathSummary } from '../../../shared/domain';
import { withoutLeadingHeading } from '../../../renderer/src/lib/markdownText';
import { fromDateTimeLocalValue, toDateTimeLocalValue } from '../../../renderer/src/lib/dates';
import { filterPaths } from '../../../renderer/src/stores/libraryStore';

function summary(id: string, title: string, searchText: string): PathSummary {
  return {
    id,
    title,
    description: '',
    source: 'bundled',
    counts: { certifications: 0, tools: 0, projects: 0 },
    searchText,
  };
}

describe('library search', () => {
  const paths = [
    summary('support', 'Support Engineer', 'support engineer comptia a+ zendesk'),
    summary('data', 'Data Engineer', 'data engineer spark airflow'),
  ];

  it('finds a path by a tool or certification named inside it, ignoring case', () => {
    expect(filterPaths(paths, 'ZenDesk').map((p) => p.id)).toEqual(['support']);
  });

  it('needs every word of the search to match', () => {
    expect(filterPaths(paths, 'engineer spark').map((p) => p.id)).toEqual(['data']);
  });

  it('an empty search shows every path', () => {
    expect(filterPaths(paths, '   ')).toHaveLength(2);
  });
});

describe('section text', () => {
  it('does not repeat the section title when the markdown starts with it', () => {
    expect(withoutLeadingHeading('\n## Getting Started:\n\nText', 'Getting Started')).toBe('\nText');
  });

  it('keeps a first heading that says something else', () => {
    expect(withoutLeadingHeading('### Definition\nText', 'Role Definition')).toBe('### Definition\nText');
  });
});

describe('reminder times', () => {
  it('a reminder entered in local time round-trips through the stored UTC instant', () => {
    const stored = fromDateTimeLocalValue('2026-03-04T09:30');
    expect(stored).not.toBeNull();
    expect(toDateTimeLocalValue(stored)).toBe('2026-03-04T09:30');
  });

  it('an empty reminder field means no reminder', () => {
    expect(fromDateTimeLocalValue('')).toBeNull();
    expect(toDateTimeLocalValue(null)).toBe('');
  });
});
