import { describe, expect, it } from 'vitest';
import type { ToolEntry } from '../../knowledge/tools/tool-entry';
import { findToolMentions } from './find-tool-mentions';
import { scanAtoms } from './scan-atoms';
import { buildToolIndex } from './tool-index';

const entry = (name: string, aliases: string[] = []): ToolEntry => ({ name, category: 'other', aliases, ambiguous: [], contextOnly: [], cased: [] });

// Names that share their first word and their first letter after it: the scan must try each of them.
const index = buildToolIndex([entry('Cloud Build'), entry('Cloud Composer'), entry('Cloud'), entry('Node.js', ['NodeJS'])]);
const namesIn = (text: string) => findToolMentions(text, scanAtoms(text), index).map((m) => m.entry.name);

describe('findToolMentions', () => {
  it('extends a name over every longer name it starts, whichever was indexed first', () => {
    expect(namesIn('Ran Cloud Composer and Cloud Build on Node.js')).toEqual(['Cloud Composer', 'Cloud Build', 'Node.js']);
  });

  it('keeps the shorter name when the next word continues no longer one', () => {
    expect(namesIn('Cloud Compute and Cloud Run')).toEqual(['Cloud', 'Cloud']);
  });
});
