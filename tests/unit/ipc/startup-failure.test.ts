import { describe, expect, it } from 'vitest';
import { DatabaseOpenError } from '../../../electron/backend/db/errors';
import { describeStartupFailure } from '../../../electron/main/startup-failure';

const file = '/home/me/.config/StudyPath/studypath.sqlite';

describe('the message shown when the data cannot be opened at start', () => {
  it('says a damaged file was left alone and where it is', () => {
    const { message } = describeStartupFailure(
      new DatabaseOpenError('corrupt', file, 'file is not a database'),
      '/d',
    );
    expect(message).toContain('damaged');
    expect(message).toContain('has not been changed');
    expect(message).toContain(file);
  });

  it('asks for the newer version when the data comes from one', () => {
    const { message } = describeStartupFailure(
      new DatabaseOpenError('newer-version', file, 'version 90'),
      '/d',
    );
    expect(message).toContain('newer version');
    expect(message).toContain(file);
  });

  it('still explains an unexpected failure', () => {
    const failure = describeStartupFailure(new Error('disk on fire'), '/data/dir');
    expect(failure.title).toBe('StudyPath cannot start');
    expect(failure.message).toContain('/data/dir');
    expect(failure.message).toContain('disk on fire');
  });
});
