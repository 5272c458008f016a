import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseMustHaveInput, parseSettings } from './settings';

describe('parseSettings', () => {
  it.each([
    ['undefined', undefined, DEFAULT_SETTINGS],
    ['a string', 'corrupt', DEFAULT_SETTINGS],
    ['an array', [1, 2], DEFAULT_SETTINGS],
    ['an empty object', {}, DEFAULT_SETTINGS],
    ['an unknown role', { role: 'wizard' }, DEFAULT_SETTINGS],
    ['a valid role only', { role: 'mlops' }, { ...DEFAULT_SETTINGS, role: 'mlops' }],
    [
      'one corrupt field among valid ones',
      { role: 'research', mustHave: 'PyTorch', panelCorner: 'bottom-left' },
      { ...DEFAULT_SETTINGS, role: 'research', panelCorner: 'bottom-left' },
    ],
    ['an unknown site', { autoOpenSites: ['facebook'] }, DEFAULT_SETTINGS],
    ['no site at all', { autoOpenSites: [] }, { ...DEFAULT_SETTINGS, autoOpenSites: [] }],
  ])('reads %s', (_name, raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
  });
});

describe('parseMustHaveInput', () => {
  it.each([
    ['', []],
    ['PyTorch', ['PyTorch']],
    ['PyTorch, Kubernetes\nMLflow', ['PyTorch', 'Kubernetes', 'MLflow']],
    ['pytorch, PyTorch ,, ', ['pytorch']],
    ['C++; C#', ['C++', 'C#']],
  ])('splits %j', (input, expected) => {
    expect(parseMustHaveInput(input)).toEqual(expected);
  });
});
