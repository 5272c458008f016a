import { useState } from 'react';
import type { QuarantineEntry } from '../../lib/storage/set-aside';
import { dateStamp, downloadFile } from './download-file';

interface SetAsideBannerProps {
  entries: QuarantineEntry[];
  /** Removes exactly these entries for good. */
  onDiscard(entries: QuarantineEntry[]): Promise<void>;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What was set aside and why nothing else is affected; discarding it for good is asked twice. */
export function describeSetAside(entries: QuarantineEntry[]): string {
  const repaired = entries.filter((entry) => entry.repaired).length;
  const unreadable = entries.length - repaired;
  const parts: string[] = [];
  if (unreadable) parts.push(`${plural(unreadable, 'saved item', 'saved items')} could not be read and ${unreadable === 1 ? 'was' : 'were'} set aside`);
  if (repaired) {
    parts.push(
      `${plural(repaired, 'damaged candidate was', 'damaged candidates were')} kept with ${repaired === 1 ? 'its' : 'their'} valid fields and note, ` +
        `the original${repaired === 1 ? '' : 's'} set aside`,
    );
  }
  return `${parts.join('; ')}; everything else is intact.`;
}

export function SetAsideBanner({ entries, onDiscard }: SetAsideBannerProps) {
  const [confirming, setConfirming] = useState<QuarantineEntry[] | undefined>(undefined);
  if (entries.length === 0) return null;

  function download() {
    downloadFile(`shipcheck-set-aside-${dateStamp()}.json`, JSON.stringify(entries, null, 2), 'application/json');
  }

  async function discard(shown: QuarantineEntry[]) {
    setConfirming(undefined);
    await onDiscard(shown);
  }

  return (
    <div className="sc-banner sc-banner--warning" role="status" data-testid="quarantine-banner">
      {describeSetAside(entries)}{' '}
      <button type="button" className="sc-link" onClick={download}>
        Download
      </button>{' '}
      {confirming ? (
        <span role="alertdialog" aria-label="Discard set-aside items" data-testid="discard-confirm">
          Discard {plural(confirming.length, 'set-aside item', 'set-aside items')} for good? This cannot be undone; download{' '}
          {confirming.length === 1 ? 'it' : 'them'} first if you may need {confirming.length === 1 ? 'it' : 'them'}.{' '}
          <button type="button" className="sc-link sc-button--danger" data-testid="discard-confirm-yes" onClick={() => void discard(confirming)}>
            Discard for good
          </button>{' '}
          <button type="button" className="sc-link" onClick={() => setConfirming(undefined)} autoFocus>
            Keep
          </button>
        </span>
      ) : (
        <button type="button" className="sc-link" data-testid="discard-set-aside" onClick={() => setConfirming(entries)}>
          Discard…
        </button>
      )}
    </div>
  );
}
