import type { Evidence } from '../../lib/model/evidence';

function whereLabel(item: Evidence): string {
  const role = item.role;
  if (role?.title || role?.org) return [role.title, role.org].filter(Boolean).join(' · ');
  return item.location.section;
}

/** The sentence that proves a claim, with where it was found. Page text is rendered as text only. */
export function EvidenceQuote({ item }: { item: Evidence }) {
  return (
    <blockquote className="quote">
      “{item.quote}”<div className="quote-where">{whereLabel(item)}</div>
    </blockquote>
  );
}

/** The first few quotes behind an item, and how many more there are. */
export function EvidenceQuotes({ items, max = 2 }: { items: readonly Evidence[]; max?: number }) {
  if (items.length === 0) return null;
  return (
    <>
      {items.slice(0, max).map((item) => (
        <EvidenceQuote key={item.id} item={item} />
      ))}
      {items.length > max && <div className="muted">+{items.length - max} more sentences (highlight to see them all)</div>}
    </>
  );
}
