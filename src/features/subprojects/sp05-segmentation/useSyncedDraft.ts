import { useCallback, useEffect, useRef, useState } from 'react';

const SAVE_DELAY_MS = 500;

/**
 * Like useDraft (saved after a pause, on blur and when the page goes away), but
 * a field nobody is editing follows its stored value when that changes from
 * elsewhere — e.g. the lifetime-value ids filled in from the team's results.
 */
export function useSyncedDraft(stored: string, persist: (text: string) => Promise<void>) {
  const [state, setState] = useState({ draft: stored, base: stored });
  if (state.base !== stored) setState({ draft: state.draft === state.base ? stored : state.draft, base: stored });
  const draft = state.base !== stored && state.draft === state.base ? stored : state.draft;
  const latest = useRef({ draft, stored, persist });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    latest.current = { draft, stored, persist };
  });

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const { draft: text, stored: saved, persist: write } = latest.current;
    if (text === saved) return;
    latest.current = { ...latest.current, stored: text };
    await write(text);
  }, []);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  const change = (text: string) => {
    setState((previous) => ({ ...previous, draft: text }));
    latest.current = { ...latest.current, draft: text };
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  };
  return { draft, change, flush };
}
