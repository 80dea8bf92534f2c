import { useCallback, useEffect, useRef, useState } from 'react';
import { markWaiting, registerFlusher, trackSave } from '../../state/save-status';

const SAVE_DELAY_MS = 500;

/**
 * Local text that is saved after a short pause, when the field is left, before
 * a lifecycle step and when the page goes away — typing stays responsive and
 * nothing is lost. A field nobody is editing follows its stored value when that
 * changes from elsewhere (another member's device, a "fill in" button).
 */
export function useDraft(stored: string, persist: (text: string) => Promise<void>) {
  const [state, setState] = useState({ draft: stored, base: stored });
  // Adjusting state to a changed prop during render is React's documented pattern for this.
  if (state.base !== stored) setState({ draft: state.draft === state.base ? stored : state.draft, base: stored });
  const draft = state.base !== stored && state.draft === state.base ? stored : state.draft;
  const latest = useRef({ draft, stored, persist, waiting: false });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    latest.current = { ...latest.current, draft, stored, persist };
  });

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const { draft: text, stored: saved, persist: write, waiting } = latest.current;
    if (waiting) {
      latest.current = { ...latest.current, waiting: false };
      markWaiting(false);
    }
    if (text === saved) return;
    latest.current = { ...latest.current, stored: text };
    await trackSave(write(text));
  }, []);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    const unregister = registerFlusher(flush);
    return () => {
      window.removeEventListener('pagehide', onHide);
      unregister();
      void flush();
    };
  }, [flush]);

  const change = (text: string) => {
    setState((previous) => ({ ...previous, draft: text }));
    if (!latest.current.waiting) markWaiting(true);
    latest.current = { ...latest.current, draft: text, waiting: true };
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  };
  return { draft, change, flush, dirty: draft !== stored };
}
