import { serviceApiOver } from '../../../shared/channels';
import type { ServiceInput, ServiceMethod, ServiceResults } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { postToHost } from './host-connection';

function callService<M extends ServiceMethod>(
  method: M,
  input: ServiceInput<M>,
): Promise<Result<ServiceResults[M]>> {
  return postToHost<ServiceResults[M]>(`/api/service/${method}`, input);
}

/** One function per contract method, like the Electron preload: no generic invoke on window. */
export const serviceClient = serviceApiOver(callService);
