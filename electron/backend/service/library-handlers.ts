import { fail, ok } from '../../../shared/result';
import { searchLibrary } from '../repo/library-search';
import { removePathFromLibrary } from '../repo/path-removal';
import { findPath } from '../repo/paths';
import { DEFAULT_RELATED_LIMIT, findRelatedPaths } from '../repo/related-paths';
import type { ServiceContext } from './context';
import type { ServiceHandlers } from './guard';

type LibraryHandlers = Pick<ServiceHandlers, 'removePath' | 'searchLibrary' | 'getRelatedPaths'>;

function pathNotFound(pathId: string) {
  return fail('not-found', `There is no career path "${pathId}".`);
}

export function libraryHandlers({ db }: ServiceContext): LibraryHandlers {
  return {
    removePath: ({ pathId, plans }) => {
      const path = findPath(db, pathId);
      if (path === undefined) return pathNotFound(pathId);
      if (path.source === 'bundled') {
        return fail(
          'invalid-argument',
          `"${path.title}" comes with StudyPath and cannot be removed; only paths you imported can.`,
        );
      }
      return ok({ pathId, ...removePathFromLibrary(db, pathId, plans) });
    },

    searchLibrary: ({ query }) => ok(searchLibrary(db, query)),

    getRelatedPaths: ({ pathId, limit }) => {
      if (findPath(db, pathId) === undefined) return pathNotFound(pathId);
      return ok(findRelatedPaths(db, pathId, limit ?? DEFAULT_RELATED_LIMIT));
    },
  };
}
