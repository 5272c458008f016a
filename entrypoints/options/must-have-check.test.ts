import { describe, expect, it } from 'vitest';
import { checkMustHaveTools, describeMustHave, mustHaveToSave, replaceMustHave } from './must-have-check';

describe('checkMustHaveTools', () => {
  it('checks each tool as typed: known, alias, typo and unknown', () => {
    const [known, alias, typo, unknown] = checkMustHaveTools('PyTorch, ADF, Kubernets, Underwater basket weaving');
    expect(describeMustHave(known)).toBe('PyTorch: known tool.');
    expect(describeMustHave(alias)).toBe('ADF is read as Azure Data Factory.');
    expect(typo.suggestions[0]).toBe('Kubernetes');
    expect(describeMustHave(typo)).toBe('Kubernets: not a tool Shipcheck knows. Did you mean');
    expect(describeMustHave(unknown)).toMatch(/^Underwater basket weaving: not a tool Shipcheck knows, so no resume can show it/);
  });

  it('marks an alias of a tool already listed as the same tool', () => {
    const lines = checkMustHaveTools('Azure Data Factory\nADF');
    expect(lines[1].duplicateOf).toBe('Azure Data Factory');
    expect(describeMustHave(lines[1])).toBe('ADF: the same tool as Azure Data Factory, listed once.');
  });
});

describe('mustHaveToSave', () => {
  it('saves each tool once under its catalogue name, unknown names as typed', () => {
    expect(mustHaveToSave('k8s, ADF, Azure Data Factory, Kubernetes, Foo Tool')).toEqual(['Kubernetes', 'Azure Data Factory', 'Foo Tool']);
  });
});

describe('replaceMustHave', () => {
  it('puts the suggestion in place of the typo', () => {
    expect(replaceMustHave('PyTorch,\nKubernets', 'Kubernets', 'Kubernetes')).toBe('PyTorch, Kubernetes');
  });
});
