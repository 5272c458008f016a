import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

const SAVE_STATE_TEXT: Record<SaveState, string> = {
  idle: '',
  pending: 'Editing…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved',
};

/** What a note's save-state line says, with the reason when the save failed (said once, not twice). */
export function saveStateText(state: SaveState, error: string | undefined): string {
  if (state !== 'error') return SAVE_STATE_TEXT[state];
  const reason = error ?? 'unknown error';
  return reason.startsWith('Not saved') ? reason : `Not saved: ${reason}`;
}

/**
 * Saves the latest value `delayMs` after the last change, at most one save in flight, and flushes what is
 * pending when asked (Ctrl+S, blur) or when the component goes away, so no keystroke is lost.
 */
export function useDebouncedSave<T>(save: (value: T) => Promise<void>, delayMs = 500) {
  const saveRef = useRef(save);
  // The save of the latest render, for a flush that a timer or an unmount starts.
  useLayoutEffect(() => {
    saveRef.current = save;
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef<{ value: T } | undefined>(undefined);
  const inFlight = useRef<Promise<void>>(Promise.resolve());
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | undefined>(undefined);

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    const pending = latest.current;
    if (!pending) return inFlight.current;
    latest.current = undefined;
    inFlight.current = inFlight.current.then(async () => {
      setState('saving');
      try {
        await saveRef.current(pending.value);
        setError(undefined);
        setState(latest.current ? 'pending' : 'saved');
      } catch (caught) {
        // Keep the value so the next change or flush tries again.
        latest.current ??= pending;
        setError(caught instanceof Error ? caught.message : String(caught));
        setState('error');
      }
    });
    return inFlight.current;
  }, []);

  const schedule = useCallback(
    (value: T) => {
      latest.current = { value };
      setState('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => () => void flush(), [flush]);

  return { state, error, schedule, flush };
}
