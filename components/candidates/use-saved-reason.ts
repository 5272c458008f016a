import { useEffect, useState } from 'react';
import type { CandidateRecord } from '../../lib/storage/candidate-record';
import type { CandidateStore } from '../../lib/storage/candidate-store';

/**
 * The saved reasons of one source of a candidate, read from its snapshot once the row is on screen (the
 * list itself never reads snapshots, so thousands of rows stay fast). Read again when the record changes.
 */
export function useSavedReasons(store: CandidateStore, record: CandidateRecord, identity: string | undefined): string[] | undefined {
  const [reasons, setReasons] = useState<string[]>();
  useEffect(() => {
    if (!identity) return;
    let live = true;
    void store.snapshotsOf(record).then(
      (snapshots) => live && setReasons(snapshots[identity]?.reasons ?? []),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [store, record, identity]);
  // The previous reasons stay on screen while a changed record is read again (a note being typed).
  return reasons;
}
