import { useRef, type KeyboardEvent } from 'react';
import { STATUS_LABEL, STATUS_ORDER as ORDER, type CandidateStatus } from '../../lib/storage/status-labels';

interface StatusPickerProps {
  value: CandidateStatus;
  onChange(status: CandidateStatus): void;
  label?: string;
  compact?: boolean;
}

/** A radio group (arrow keys move and select, as the ARIA pattern asks) for the candidate's status. */
export function StatusPicker({ value, onChange, label = 'Status', compact = false }: StatusPickerProps) {
  const refs = useRef<Array<HTMLButtonElement | null>>([]);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (index + step + ORDER.length) % ORDER.length;
    onChange(ORDER[next]);
    refs.current[next]?.focus();
  }

  return (
    <div className={`sc-status${compact ? ' sc-status--compact' : ''}`} role="radiogroup" aria-label={label}>
      {ORDER.map((status, index) => (
        <button
          key={status}
          ref={(element) => {
            refs.current[index] = element;
          }}
          type="button"
          role="radio"
          aria-checked={value === status}
          tabIndex={value === status ? 0 : -1}
          className={`sc-status__option sc-status__option--${status}`}
          data-testid={`status-${status}`}
          onClick={() => onChange(status)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {STATUS_LABEL[status]}
        </button>
      ))}
    </div>
  );
}
