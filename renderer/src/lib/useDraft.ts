import { useState } from 'react';

/**
 * A field's value while the person edits it. When the saved value changes from elsewhere (an
 * undo, a refresh) the draft follows it, so the field never shows something that is not saved.
 */
export function useDraft<T>(saved: T): [T, (draft: T) => void] {
  const [state, setState] = useState({ saved, draft: saved });
  if (!Object.is(state.saved, saved)) {
    setState({ saved, draft: saved });
    return [saved, (draft) => setState({ saved, draft })];
  }
  return [state.draft, (draft) => setState((current) => ({ ...current, draft }))];
}
