import type { Evidence } from '../../lib/model/evidence';
import type { ToolSummary } from '../../lib/model/screening';
import { EvidenceQuotes } from './evidence-quote';
import { categoryLabel, groupTools, quotesOf } from './group-screening';
import type { HighlightGroups } from './use-highlights';

function ToolChip({ tool, groups }: { tool: ToolSummary; groups: HighlightGroups }) {
  const groupId = `tool:${tool.name}`;
  return (
    <button
      type="button"
      className={`chip${tool.usage === 'used' ? ' chip-used' : ''}`}
      aria-pressed={groups.isActive(groupId)}
      title={tool.usage === 'used' ? 'Named in experience or projects' : 'Only in a skills list'}
      onClick={() => groups.toggle(groupId, tool.evidenceIds)}
    >
      {tool.name}
    </button>
  );
}

export function ToolsSection({ tools, evidence, groups }: { tools: readonly ToolSummary[]; evidence: ReadonlyMap<string, Evidence>; groups: HighlightGroups }) {
  if (tools.length === 0) return <p className="muted">No tools found.</p>;
  const used = tools.filter((tool) => tool.usage === 'used');
  const listed = tools.filter((tool) => tool.usage === 'listed');
  return (
    <>
      <div className="toolbar">
        <span className="legend">
          <span>
            <span className="swatch" style={{ background: 'var(--kind-tool)' }} aria-hidden="true" />
            used in work ({used.length})
          </span>
          <span>only listed ({listed.length})</span>
        </span>
        <button
          type="button"
          className="toggle"
          aria-pressed={groups.isActive('tools:used')}
          onClick={() =>
            groups.toggle(
              'tools:used',
              used.flatMap((tool) => tool.evidenceIds),
            )
          }
        >
          Show used
        </button>
        <button
          type="button"
          className="toggle"
          aria-pressed={groups.isActive('tools:listed')}
          onClick={() =>
            groups.toggle(
              'tools:listed',
              listed.flatMap((tool) => tool.evidenceIds),
            )
          }
        >
          Show listed
        </button>
      </div>
      <p className="muted">Press a tool to see and highlight the sentences that name it.</p>
      {groupTools(tools).map((group) => (
        <section key={group.category} aria-label={categoryLabel(group.category)}>
          <h4 className="section-title">{categoryLabel(group.category)}</h4>
          {group.used.length > 0 && (
            <div className="chips" aria-label="Used in work">
              <span className="chips-label">Used</span>
              {group.used.map((tool) => (
                <ToolChip key={tool.name} tool={tool} groups={groups} />
              ))}
            </div>
          )}
          {group.listed.length > 0 && (
            <div className="chips" aria-label="Only listed">
              <span className="chips-label">Only listed</span>
              {group.listed.map((tool) => (
                <ToolChip key={tool.name} tool={tool} groups={groups} />
              ))}
            </div>
          )}
          {[...group.used, ...group.listed]
            .filter((tool) => groups.isActive(`tool:${tool.name}`))
            .map((tool) => (
              <EvidenceQuotes key={tool.name} items={quotesOf(tool.evidenceIds, evidence)} max={2} />
            ))}
        </section>
      ))}
    </>
  );
}
