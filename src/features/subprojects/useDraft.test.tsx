// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushAllDrafts, useSaveStatus } from '../../state/save-status';
import { useDraft } from './useDraft';

afterEach(() => {
  vi.useRealTimers();
  useSaveStatus.setState({ pending: 0 });
});

describe('useDraft', () => {
  it('counts typed text as pending until it is saved, and saves it before a lifecycle step', async () => {
    const persist = vi.fn(async () => {});
    const { result } = renderHook(() => useDraft('', persist));
    act(() => result.current.change('客户名单'));
    expect(useSaveStatus.getState().pending).toBe(1);
    await act(async () => flushAllDrafts());
    expect(persist).toHaveBeenCalledWith('客户名单');
    expect(useSaveStatus.getState().pending).toBe(0);
  });

  it('saves after a pause of typing, once, with the last text', async () => {
    vi.useFakeTimers();
    const persist = vi.fn(async () => {});
    const { result } = renderHook(() => useDraft('', persist));
    act(() => result.current.change('a'));
    act(() => result.current.change('ab'));
    await act(async () => vi.advanceTimersByTimeAsync(600));
    expect(persist).toHaveBeenCalledTimes(1);
    expect(persist).toHaveBeenCalledWith('ab');
  });

  it('follows a stored value changed elsewhere while nobody edits, and keeps text being edited', () => {
    const persist = vi.fn(async () => {});
    const { result, rerender } = renderHook(({ stored }) => useDraft(stored, persist), {
      initialProps: { stored: 'C001' },
    });
    rerender({ stored: 'C002' });
    expect(result.current.draft).toBe('C002');
    act(() => result.current.change('C003'));
    rerender({ stored: 'C004' });
    expect(result.current.draft).toBe('C003');
  });
});
