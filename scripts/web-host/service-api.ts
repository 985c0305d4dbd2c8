import {
  serviceChanges,
  serviceSchemas,
  type DataTable,
  type PlannerService,
  type ServiceMethod,
} from '../../shared/contract';
import { fail, type Result } from '../../shared/result';

export interface ServiceCallOutcome {
  status: number;
  result: Result<unknown>;
  /** Tables to announce as changed; empty unless the call succeeded and wrote something. */
  changed: readonly DataTable[];
}

function isServiceMethod(name: string): name is ServiceMethod {
  return Object.hasOwn(serviceSchemas, name);
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .map((issue) =>
      issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

/**
 * Validates the input against the contract, exactly as the Electron main process does for IPC,
 * then calls the service. The schema's output is passed on, so trimming and defaults apply.
 */
function invoke<M extends ServiceMethod>(
  service: PlannerService,
  method: M,
  input: unknown,
): Result<unknown> {
  const parsed = serviceSchemas[method].safeParse(input);
  if (!parsed.success)
    return fail('invalid-argument', `Invalid ${method} request: ${describeIssues(parsed.error.issues)}`);
  const call = service[method] as (valid: unknown) => Result<unknown>;
  return call.call(service, parsed.data);
}

export function callServiceMethod(
  service: PlannerService,
  methodName: string,
  input: unknown,
): ServiceCallOutcome {
  if (!isServiceMethod(methodName)) {
    return { status: 404, result: fail('not-found', `Unknown service method: ${methodName}`), changed: [] };
  }
  let result: Result<unknown>;
  try {
    result = invoke(service, methodName, input);
  } catch (error) {
    console.error(`StudyPath web: ${methodName} failed`, error);
    return { status: 500, result: fail('internal', 'Something went wrong in the back end.'), changed: [] };
  }
  return { status: 200, result, changed: result.ok ? serviceChanges[methodName] : [] };
}
