/** Every kind of event that makes a panel control act: clicks, keys, pointer drags, pastes and drops. */
const ACTING_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointermove',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'change',
  'submit',
  'paste',
  'drop',
] as const;

const NOT_TYPED_INTO = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);

type TextField = HTMLTextAreaElement | HTMLInputElement;

function isTextField(target: EventTarget | null): target is TextField {
  return target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !NOT_TYPED_INTO.has(target.type));
}

/** What an edit is: a `beforeinput` and the `input` after it describe the same one. */
function editOf(event: Event): string {
  const { inputType, data } = event as InputEvent;
  return `${inputType}\u0000${data ?? ''}`;
}

/**
 * Lets only the recruiter's own input reach the controls under `root`. An event a script dispatched (a page's
 * `button.click()`, a forged `input` on the note) is stopped in the capture phase at the root, before any handler
 * runs, so Save, the note, status and tags never act on it. Text fields need one more check: a page's
 * `document.execCommand('insertText')` into the field the recruiter has focused fires a trusted `input` event, but no
 * `beforeinput` (typing, pasting, dropping, IME and dictation all announce their edit with one first). An edit that
 * was not announced as it is applied is stopped and undone. The closed shadow root already keeps the page from
 * reading the panel; this holds where the page can still act.
 */
export function acceptOnlyUserEvents(root: ShadowRoot): void {
  const stopUntrusted = (event: Event) => {
    if (!event.isTrusted) event.stopImmediatePropagation();
  };
  for (const type of ACTING_EVENTS) root.addEventListener(type, stopUntrusted, { capture: true });

  const announced = new WeakMap<TextField, string>();
  const accepted = new WeakMap<TextField, string>();
  root.addEventListener('focusin', ({ target }) => isTextField(target) && accepted.set(target, target.value), { capture: true });
  root.addEventListener(
    'beforeinput',
    (event) => {
      if (!event.isTrusted || !isTextField(event.target)) return;
      announced.set(event.target, editOf(event));
      accepted.set(event.target, event.target.value);
    },
    { capture: true },
  );
  root.addEventListener(
    'input',
    (event) => {
      const { target } = event;
      if (!isTextField(target)) return stopUntrusted(event);
      const edit = announced.get(target);
      announced.delete(target);
      if (event.isTrusted && edit === editOf(event)) {
        accepted.set(target, target.value);
        return;
      }
      event.stopImmediatePropagation();
      const before = accepted.get(target);
      if (before !== undefined) target.value = before;
    },
    { capture: true },
  );
}
