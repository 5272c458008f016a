import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContextTimers, type TimerContext } from './context-timers';

/** A stand-in for WXT's context: its timers stop firing once it is invalidated, as the real one's do. */
function fakeContext() {
  let valid = true;
  const ctx: TimerContext = {
    setTimeout: (handler, ms) => setTimeout(() => valid && handler(), ms) as unknown as number,
    setInterval: (handler, ms) => setInterval(() => valid && handler(), ms) as unknown as number,
  };
  return { ctx, invalidate: () => (valid = false) };
}

describe('ContextTimers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps a pending timer of the same name (throttle)', () => {
    const timers = new ContextTimers<'read'>(fakeContext().ctx);
    const fired = vi.fn();
    timers.start('read', 100, 'keep', fired);
    vi.advanceTimersByTime(60);
    timers.start('read', 100, 'keep', fired);
    vi.advanceTimersByTime(40);
    expect(fired).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(200);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('starts a pending timer over (debounce)', () => {
    const timers = new ContextTimers<'quiet'>(fakeContext().ctx);
    const fired = vi.fn();
    timers.start('quiet', 100, 'restart', fired);
    vi.advanceTimersByTime(60);
    timers.start('quiet', 100, 'restart', fired);
    vi.advanceTimersByTime(60);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(40);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('cancels every pending timer, and a name can start again after', () => {
    const timers = new ContextTimers<'read' | 'quiet'>(fakeContext().ctx);
    const fired = vi.fn();
    timers.start('read', 100, 'keep', fired);
    timers.start('quiet', 100, 'keep', fired);
    timers.cancelAll();
    vi.advanceTimersByTime(500);
    expect(fired).not.toHaveBeenCalled();
    timers.start('read', 100, 'keep', fired);
    vi.advanceTimersByTime(100);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('fires nothing once the content script context is gone', () => {
    const { ctx, invalidate } = fakeContext();
    const timers = new ContextTimers<'read'>(ctx);
    const fired = vi.fn();
    timers.start('read', 100, 'keep', fired);
    timers.every(50, fired);
    invalidate();
    vi.advanceTimersByTime(500);
    expect(fired).not.toHaveBeenCalled();
  });
});
