import { useRef, useState, type KeyboardEvent } from 'react';
import type { Evidence } from '../../lib/model/evidence';
import type { Screening } from '../../lib/model/screening';
import { rovingIndex } from '../shared/roving-index';
import { BuzzwordsSection } from './buzzwords-section';
import { ChecklistSection } from './checklist-section';
import { FlagList } from './flag-list';
import { OutcomesSection } from './outcomes-section';
import { ProductionSection } from './production-section';
import { ToolsSection } from './tools-section';
import type { HighlightGroups } from './use-highlights';

const TABS = ['checklist', 'tools', 'outcomes', 'production', 'buzzwords', 'flags'] as const;
type Tab = (typeof TABS)[number];

function tabLabel(tab: Tab, screening: Screening): string {
  switch (tab) {
    case 'checklist':
      return `Checklist ${screening.checklist.filter((item) => item.status === 'pass').length}/${screening.checklist.length}`;
    case 'tools':
      return `Tools ${screening.tools.length}`;
    case 'outcomes':
      return `Outcomes ${screening.outcomes.length}`;
    case 'production':
      return 'Production';
    case 'buzzwords':
      return 'Buzzwords';
    case 'flags':
      return `Flags ${screening.flags.length}`;
  }
}

/** The full screening, one tab per kind of evidence; arrow keys move between tabs (WAI-ARIA tabs pattern). */
export function DetailsTabs({
  screening,
  evidence,
  groups,
  idPrefix,
}: {
  screening: Screening;
  evidence: ReadonlyMap<string, Evidence>;
  groups: HighlightGroups;
  idPrefix: string;
}) {
  const [tab, setTab] = useState<Tab>('checklist');
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({});

  const onKeyDown = (event: KeyboardEvent) => {
    const index = rovingIndex(event.key, TABS.indexOf(tab), TABS.length);
    if (index === undefined) return;
    event.preventDefault();
    const next = TABS[index];
    setTab(next);
    buttons.current[next]?.focus();
  };

  return (
    <div>
      <div className="tabs" role="tablist" aria-label="Screening details" onKeyDown={onKeyDown}>
        {TABS.map((name) => (
          <button
            key={name}
            ref={(element) => {
              buttons.current[name] = element;
            }}
            type="button"
            role="tab"
            className="tab"
            id={`${idPrefix}-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`${idPrefix}-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
          >
            {tabLabel(name, screening)}
          </button>
        ))}
      </div>
      <div className="tabpanel" role="tabpanel" id={`${idPrefix}-panel-${tab}`} aria-labelledby={`${idPrefix}-tab-${tab}`}>
        {tab === 'checklist' && <ChecklistSection checklist={screening.checklist} evidence={evidence} groups={groups} />}
        {tab === 'tools' && <ToolsSection tools={screening.tools} evidence={evidence} groups={groups} />}
        {tab === 'outcomes' && <OutcomesSection outcomes={screening.outcomes} evidence={evidence} groups={groups} />}
        {tab === 'production' && <ProductionSection screening={screening} groups={groups} />}
        {tab === 'buzzwords' && <BuzzwordsSection screening={screening} evidence={evidence} groups={groups} />}
        {tab === 'flags' && <FlagList flags={screening.flags} evidence={evidence} groups={groups} showQuotes />}
      </div>
    </div>
  );
}
