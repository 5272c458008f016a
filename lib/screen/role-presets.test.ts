import { describe, expect, it } from 'vitest';
import { CHECKS } from './checklist/checks';
import { ROLE_PRESET_OPTIONS, ROLE_PRESETS, rolePreset } from './role-presets';

describe('role presets', () => {
  it.each(ROLE_PRESETS.map((p) => [p.id, p] as const))('%s weighs 100 points over known checks', (_id, preset) => {
    expect(preset.items.reduce((s, i) => s + i.weight, 0)).toBe(100);
    for (const item of preset.items) expect(CHECKS[item.check]).toBeDefined();
    for (const id of preset.strongRequires) expect(preset.items.some((i) => i.check === id)).toBe(true);
  });

  it('offers id, label and description to the options page', () => {
    expect(ROLE_PRESET_OPTIONS.map((o) => o.id)).toEqual(['ml-engineer', 'mlops', 'research', 'data-scientist']);
    expect(ROLE_PRESET_OPTIONS[0]).toEqual({ id: 'ml-engineer', label: 'ML engineer who ships', description: expect.any(String) });
  });

  it('finds a preset by id', () => {
    expect(rolePreset('research').label).toBe('Applied/research scientist');
  });
});
