import type { HighlightGroups } from './use-highlights';

/** A pressed/unpressed button that paints a group's sentences in the page. */
export function HighlightToggle({
  groups,
  groupId,
  evidenceIds,
  label,
}: {
  groups: HighlightGroups;
  groupId: string;
  evidenceIds: readonly string[];
  label: string;
}) {
  if (evidenceIds.length === 0 || !groups.available) return null;
  const pressed = groups.isActive(groupId);
  return (
    <button
      type="button"
      className="toggle"
      aria-pressed={pressed}
      aria-label={`${pressed ? 'Hide' : 'Show'} highlights for ${label}`}
      onClick={() => groups.toggle(groupId, evidenceIds)}
    >
      {pressed ? 'Shown' : 'Show'}
    </button>
  );
}
