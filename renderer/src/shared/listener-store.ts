/**
 * The change listeners of a store kept outside React, in the shape `useSyncExternalStore` subscribes with:
 * `subscribe` hands back its own unsubscribe, `notify` tells every listener something changed.
 */
export function listenerStore(): { subscribe: (listener: () => void) => () => void; notify: () => void } {
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    notify: () => {
      for (const listener of listeners) listener();
    },
  };
}
