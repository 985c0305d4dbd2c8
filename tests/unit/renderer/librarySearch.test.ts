import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibrarySearchHit, PathSummary } from '../../../shared/domain';
import { fail, ok, type Result } from '../../../shared/result';
import { createLibraryStore, type LibraryApi } from '../../../renderer/src/stores/libraryStore';

const DELAY = 200;

function hit(pathId: string): LibrarySearchHit {
  return { pathId, pathTitle: pathId, pathMatched: true, snippet: '', items: [] };
}

function summary(id: string): PathSummary {
  return {
    id,
    title: id,
    description: '',
    source: 'imported',
    counts: { certifications: 0, tools: 1, projects: 0 },
    searchText: id,
  };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function fakeApi(overrides: Partial<LibraryApi> = {}): LibraryApi {
  const unexpected = async () => fail('internal', 'not expected in this test');
  return {
    listPaths: async () => ok([summary('cloud-engineer')]),
    pickAndImportCareerPaths: async () => [],
    importCareerPath: unexpected,
    searchLibrary: async ({ query }) => ok([hit(query)]),
    removePath: unexpected,
    ...overrides,
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('searching the library as you type', () => {
  it('asks the back end once, after typing pauses, with the whole query', async () => {
    const searchLibrary = vi.fn(async ({ query }: { query: string }) => ok([hit(query)]));
    const store = createLibraryStore(fakeApi({ searchLibrary }), vi.fn(), { searchDelayMs: DELAY });

    for (const query of ['A', 'AW', 'AWS']) store.getState().setQuery(query);
    expect(store.getState().search.status).toBe('searching');
    await vi.advanceTimersByTimeAsync(DELAY);

    expect(searchLibrary).toHaveBeenCalledTimes(1);
    expect(searchLibrary).toHaveBeenCalledWith({ query: 'AWS' });
    expect(store.getState().search).toMatchObject({ status: 'ready', query: 'AWS', hits: [hit('AWS')] });
  });

  it('shows the answer to the latest query even when an older one answers later', async () => {
    const slow = deferred<Result<LibrarySearchHit[]>>();
    const store = createLibraryStore(
      fakeApi({
        searchLibrary: ({ query }) => (query === 'jir' ? slow.promise : Promise.resolve(ok([hit(query)]))),
      }),
      vi.fn(),
      { searchDelayMs: DELAY },
    );

    store.getState().setQuery('jir');
    await vi.advanceTimersByTimeAsync(DELAY);
    store.getState().setQuery('jira');
    await vi.advanceTimersByTimeAsync(DELAY);
    slow.resolve(ok([hit('jir')]));
    await vi.runAllTimersAsync();

    expect(store.getState().search).toMatchObject({ status: 'ready', query: 'jira', hits: [hit('jira')] });
  });

  it('clearing the box drops the results at once and ignores a search still on its way', async () => {
    const slow = deferred<Result<LibrarySearchHit[]>>();
    const store = createLibraryStore(fakeApi({ searchLibrary: () => slow.promise }), vi.fn(), {
      searchDelayMs: DELAY,
    });

    store.getState().setQuery('aws');
    await vi.advanceTimersByTimeAsync(DELAY);
    store.getState().setQuery('   ');
    slow.resolve(ok([hit('aws')]));
    await vi.runAllTimersAsync();

    expect(store.getState().search).toEqual({ status: 'idle', query: '', hits: [], error: null });
  });

  it('keeps the message when the search fails, so the screen can fall back to names', async () => {
    const store = createLibraryStore(
      fakeApi({ searchLibrary: async () => fail('internal', 'The search index is missing.') }),
      vi.fn(),
      { searchDelayMs: DELAY },
    );
    store.getState().setQuery('aws');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(store.getState().search).toMatchObject({ status: 'error', error: 'The search index is missing.' });
  });

  it('searches again when the library changes, so removed paths leave the results', async () => {
    const searchLibrary = vi.fn(async ({ query }: { query: string }) => ok([hit(query)]));
    const store = createLibraryStore(fakeApi({ searchLibrary }), vi.fn(), { searchDelayMs: DELAY });
    store.getState().setQuery('aws');
    await vi.advanceTimersByTimeAsync(DELAY);

    await store.getState().load();

    expect(searchLibrary).toHaveBeenCalledTimes(2);
  });

  it('never sends more than the 200 characters a query may have', async () => {
    const searchLibrary = vi.fn(async ({ query }: { query: string }) => ok([hit(query)]));
    const store = createLibraryStore(fakeApi({ searchLibrary }), vi.fn(), { searchDelayMs: DELAY });
    store.getState().setQuery('a'.repeat(300));
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(searchLibrary.mock.calls[0]?.[0].query).toHaveLength(200);
  });
});

describe('removing a path', () => {
  it('says how many plans were kept, and reports a refusal as an error', async () => {
    const notify = vi.fn();
    const store = createLibraryStore(
      fakeApi({
        removePath: async ({ pathId, plans }) =>
          pathId === 'cloud-engineer'
            ? ok({ pathId, plansKept: plans === 'keep' ? 2 : 0, plansRemoved: plans === 'delete' ? 2 : 0 })
            : fail('invalid-argument', 'Bundled paths cannot be removed.'),
      }),
      notify,
    );

    expect(await store.getState().removePath({ id: 'cloud-engineer', title: 'Cloud Engineer' }, 'keep')).toBe(
      true,
    );
    expect(notify).toHaveBeenLastCalledWith(
      'success',
      'Removed “Cloud Engineer” from the library. 2 plans built from it are kept.',
    );

    expect(await store.getState().removePath({ id: 'support', title: 'Support Engineer' }, 'keep')).toBe(
      false,
    );
    expect(notify).toHaveBeenLastCalledWith(
      'error',
      '“Support Engineer” could not be removed. Bundled paths cannot be removed.',
    );
  });
});
