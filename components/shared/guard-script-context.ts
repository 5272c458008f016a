/** What the guard needs of WXT's ContentScriptContext. */
export interface GuardedContext {
  verifyScriptStartedEvent(event: CustomEvent): boolean;
  abort(reason?: unknown): void;
}

// Kept on the content scripts' own global object: the page's scripts run in another world and cannot see it.
const RUNNING = '__shipcheckRunningScripts';

type Registry = Map<string, GuardedContext>;

/**
 * WXT stops a content script when a DOM event named "<extension id>:<script>:wxt:content-script-started" reaches
 * `document`, so that a newer copy of the script replaces an older one. Any page that knows the public extension id
 * can send that event and remove the panel for good. The context here ignores it; a newer copy of the same script
 * (injected again by an update or by `wxt dev`) ends the older one through the content scripts' own global instead.
 */
export function guardScriptContext(ctx: GuardedContext, scriptName: string, scope: object = globalThis): void {
  ctx.verifyScriptStartedEvent = () => false;
  const holder = scope as { [RUNNING]?: Registry };
  const running = (holder[RUNNING] ??= new Map());
  running.get(scriptName)?.abort('A newer copy of the content script started');
  running.set(scriptName, ctx);
}
