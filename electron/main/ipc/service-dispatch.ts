/**
 * One call from the renderer to the back-end service: the service validates the argument
 * against the contract's schema, and a successful write is announced to the renderer.
 */
import {
  serviceChanges,
  type DataTable,
  type PlannerService,
  type ServiceMethod,
  type ServiceResults,
} from '../../../shared/contract';
import { fail, type Result } from '../../../shared/result';

export interface DispatchHooks {
  /** Called after a successful call that changed data, with the tables it changed. */
  onDataChanged(tables: DataTable[]): void;
  log(message: string, detail?: unknown): void;
}

export function dispatchServiceCall<M extends ServiceMethod>(
  service: PlannerService,
  method: M,
  input: unknown,
  hooks: DispatchHooks,
): Result<ServiceResults[M]> {
  // The argument comes from another process and is unchecked here on purpose: every service
  // method parses its input with the contract's schema before using it.
  const call = service[method] as (input: unknown) => Result<ServiceResults[M]>;
  let result: Result<ServiceResults[M]>;
  try {
    result = call.call(service, input);
  } catch (error) {
    hooks.log(`service.${method} threw`, error);
    return fail('internal', 'Something went wrong. Your data was not changed.');
  }
  if (!result.ok) {
    if (result.error.code === 'invalid-argument' || result.error.code === 'internal') {
      hooks.log(`service.${method} refused: ${result.error.code}: ${result.error.message}`);
    }
    return result;
  }
  const tables = serviceChanges[method];
  if (tables.length > 0) hooks.onDataChanged([...tables]);
  return result;
}
