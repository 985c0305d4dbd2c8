import { fail, ok } from '../../../shared/result';
import { findPath, listPathItems, listPathSummaries, rowToPathDetail } from '../repo/paths';
import type { ServiceContext } from './context';
import type { ServiceHandlers } from './guard';
import { importPathDocument } from './path-import';

type PathHandlers = Pick<ServiceHandlers, 'listPaths' | 'getPath' | 'importCareerPath'>;

export function pathHandlers({ db, clock }: ServiceContext): PathHandlers {
  return {
    listPaths: () => ok(listPathSummaries(db)),

    getPath: ({ pathId }) => {
      const row = findPath(db, pathId);
      if (row === undefined) return fail('not-found', `There is no career path "${pathId}".`);
      return ok(rowToPathDetail(row, listPathItems(db, pathId)));
    },

    importCareerPath: ({ fileName, bytes }) => importPathDocument(db, fileName, bytes, 'imported', clock),
  };
}
