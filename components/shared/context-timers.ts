/** What the timers need of WXT's ContentScriptContext: its timeouts are cleared when the context goes. */
export interface TimerContext {
  setTimeout(handler: () => void, ms: number): number;
  setInterval(handler: () => void, ms: number): number;
}

/**
 * Every timer of the page runtime, in one place: one timeout per name, each started through the content
 * script's context so that none outlives it (an extension update or reload ends them all).
 */
export class ContextTimers<Name extends string> {
  private readonly pending = new Map<Name, number>();

  constructor(private readonly ctx: TimerContext) {}

  /** Calls `fire` in `ms`; when `name` is already pending, `keep` leaves it (throttle), `restart` starts it over (debounce). */
  start(name: Name, ms: number, ifRunning: 'keep' | 'restart', fire: () => void): void {
    const running = this.pending.get(name);
    if (running !== undefined) {
      if (ifRunning === 'keep') return;
      clearTimeout(running);
    }
    const id = this.ctx.setTimeout(() => {
      this.pending.delete(name);
      fire();
    }, ms);
    this.pending.set(name, id);
  }

  cancelAll(): void {
    for (const id of this.pending.values()) clearTimeout(id);
    this.pending.clear();
  }

  /** A check repeated every `ms` for the content script's life. */
  every(ms: number, check: () => void): void {
    this.ctx.setInterval(check, ms);
  }
}
