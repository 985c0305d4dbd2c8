import type { HostEvent } from '../../../shared/contract';
import { eventStreamUrl } from './host-connection';

type Listener = (event: HostEvent) => void;

const listeners = new Set<Listener>();
let source: EventSource | null = null;

function isHostEvent(value: unknown): value is HostEvent {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
}

function dispatch(message: MessageEvent<string>): void {
  let event: unknown;
  try {
    event = JSON.parse(message.data);
  } catch {
    return;
  }
  if (!isHostEvent(event)) return;
  for (const listener of [...listeners]) listener(event);
}

/**
 * One EventSource shared by every subscriber, opened on the first subscription and closed
 * with the last, so an idle page holds no connection. EventSource reconnects by itself.
 */
export function subscribeToHostEvents(listener: Listener): () => void {
  listeners.add(listener);
  if (source === null) {
    source = new EventSource(eventStreamUrl());
    source.addEventListener('message', dispatch);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && source !== null) {
      source.close();
      source = null;
    }
  };
}
