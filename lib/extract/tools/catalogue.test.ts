import { describe, expect, it } from 'vitest';
import { ToolCategory } from '../../model/evidence';
import { spellingsOf } from '../../knowledge/tools/tool-entry';
import { buildToolIndex } from './tool-index';
import { isMatchable } from './tool-keys';
import { TOOL_CATALOGUE } from '../../knowledge/tools/catalogue/index';
import { NOT_TOOL_PHRASES } from '../../knowledge/tools/catalogue/not-tools';

describe('tool catalogue', () => {
  it('holds at least 400 technologies', () => {
    expect(TOOL_CATALOGUE.length).toBeGreaterThanOrEqual(400);
  });

  it('gives no spelling to two entries, in running text or in look-ups', () => {
    expect(buildToolIndex(TOOL_CATALOGUE, NOT_TOOL_PHRASES).collisions).toEqual([]);
  });

  it('detects a collision when two entries share a spelling', () => {
    const [first, second] = TOOL_CATALOGUE;
    const clash = { ...second, aliases: [...second.aliases, first.name] };
    expect(buildToolIndex([first, clash]).collisions.length).toBeGreaterThan(0);
  });

  it('names every entry once, in a known category', () => {
    const names = TOOL_CATALOGUE.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    for (const entry of TOOL_CATALOGUE) expect(ToolCategory.options).toContain(entry.category);
  });

  it('writes every spelling as one unbroken run of words', () => {
    const broken = TOOL_CATALOGUE.flatMap(spellingsOf).filter((spelling) => !isMatchable(spelling));
    expect(broken).toEqual([]);
  });

  it('keeps context-only and ambiguous spellings among the entry spellings it qualifies', () => {
    for (const entry of TOOL_CATALOGUE) {
      expect(entry.ambiguous.every((s) => !entry.contextOnly.includes(s))).toBe(true);
    }
  });

  it.each([
    'BERT',
    'GPT-4',
    'YOLO',
    'ResNet',
    'Llama',
    'Claude',
    'machine learning',
    'NLP',
    'MLOps',
    'REST',
    'microservices',
    'CI/CD',
    'transformer',
    'random forest',
    'CNN',
    'LSTM',
    'MCP',
    'GPU',
    'Jetson',
    'Arduino',
    'agile',
  ])('leaves out the model, concept, protocol or hardware %s', (word) => {
    const index = buildToolIndex(TOOL_CATALOGUE);
    const spelled = TOOL_CATALOGUE.flatMap(spellingsOf).map((s) => s.toLowerCase());
    expect(spelled).not.toContain(word.toLowerCase());
    expect(index.byLookupKey.has(word.toLowerCase())).toBe(false);
  });
});
