import { useCallback, useEffect, useRef, useState } from 'react';

const SAVE_DELAY_MS = 500;

/**
 * Local text that is saved after a short pause, when the field is left, and
 * when the page goes away — typing stays responsive and nothing is lost.
 */
export function useDraft(stored: string, persist: (text: string) => Promise<void>) {
  const [draft, setDraft] = useState(stored);
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
    setDraft(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  };
  return { draft, change, flush, dirty: draft !== stored };
}
