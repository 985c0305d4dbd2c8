import { describe, expect, it } from 'vitest';
import type { PathDetail, RelatedPath } from '../../../shared/domain';
import { fail, ok, type Result } from '../../../shared/result';
import { createPathStore } from '../../../renderer/src/stores/pathStore';

function detail(id: string): PathDetail {
  return {
    id,
    source: 'bundled',
    fileName: `${id}.md`,
    importedAt: '2026-01-01T09:00:00.000Z',
    content: {
      title: id,
      description: '',
      overview: '',
      responsibilities: [],
      certifications: [],
      toolGroups: [],
      projects: [],
      skills: [],
      entryLevelTitles: [],
      careerLadder: [],
      readingLinks: [],
      sections: [],
      planData: 'document',
    },
    items: [],
  };
}

function related(pathId: string): RelatedPath {
  return { pathId, title: pathId, sharedCertifications: [], sharedTools: ['Jira'] };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('related paths', () => {
  it('arrive with the path', async () => {
    const store = createPathStore({
      getPath: async ({ pathId }) => ok(detail(pathId)),
      getRelatedPaths: async () => ok([related('devops')]),
    });
    await store.getState().open('cloud');
    expect(store.getState().related).toEqual({ status: 'ready', paths: [related('devops')], error: null });
  });

  it('a failure to find them leaves the path itself readable', async () => {
    const store = createPathStore({
      getPath: async ({ pathId }) => ok(detail(pathId)),
      getRelatedPaths: async () => fail('internal', 'Not available.'),
    });
    await store.getState().open('cloud');
    expect(store.getState().status).toBe('ready');
    expect(store.getState().related).toMatchObject({ status: 'error', error: 'Not available.' });
  });

  it('a late answer for the path the person left does not show on the next one', async () => {
    const late = deferred<Result<RelatedPath[]>>();
    const store = createPathStore({
      getPath: async ({ pathId }) => ok(detail(pathId)),
      getRelatedPaths: ({ pathId }) => (pathId === 'cloud' ? late.promise : Promise.resolve(ok([]))),
    });
    const first = store.getState().open('cloud');
    await store.getState().open('web');
    late.resolve(ok([related('devops')]));
    await first;
    expect(store.getState().related).toEqual({ status: 'ready', paths: [], error: null });
  });
});
