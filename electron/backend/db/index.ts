export type { Database } from './database';
export { DatabaseOpenError, type DatabaseOpenFailure } from './errors';
export { openDatabase, type OpenDatabaseOptions } from './open';
export { latestSchemaVersion, migrations } from './migrations';
export { openDatabaseWithRecovery, type RecoveredDatabase, type RecoveryOptions } from './recover';
