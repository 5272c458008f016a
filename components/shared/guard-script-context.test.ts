import { describe, expect, it, vi } from 'vitest';
import { guardScriptContext, type GuardedContext } from './guard-script-context';

function context() {
  return { verifyScriptStartedEvent: (_event: CustomEvent) => true, abort: vi.fn<(reason?: unknown) => void>() } satisfies GuardedContext;
}

const startEvent = () => new CustomEvent('id:linkedin:wxt:content-script-started', { detail: { contentScriptName: 'linkedin', messageId: 'forged' } });

describe('guardScriptContext', () => {
  it("takes no page event for a newer copy of the script (WXT's start event can be forged by any page)", () => {
    const ctx = context();
    guardScriptContext(ctx, 'linkedin', {});
    expect(ctx.verifyScriptStartedEvent(startEvent())).toBe(false);
  });

  it('a newer copy of the same script ends the older one; another script is left alone', () => {
    const scope = {};
    const older = context();
    const github = context();
    guardScriptContext(older, 'linkedin', scope);
    guardScriptContext(github, 'github', scope);
    const newer = context();
    guardScriptContext(newer, 'linkedin', scope);
    expect(older.abort).toHaveBeenCalledTimes(1);
    expect(github.abort).not.toHaveBeenCalled();
    expect(newer.abort).not.toHaveBeenCalled();
  });
});
