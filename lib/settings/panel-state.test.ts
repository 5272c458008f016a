import { describe, expect, it } from 'vitest';
import { clampPosition, DEFAULT_PANEL_STATE, parsePanelState } from './panel-state';

describe('parsePanelState', () => {
  it.each([
    ['nothing', undefined, DEFAULT_PANEL_STATE],
    ['a number', 3, DEFAULT_PANEL_STATE],
    ['collapsed', { collapsed: true }, { ...DEFAULT_PANEL_STATE, collapsed: true }],
    ['a position', { position: { x: 10, y: 20 } }, { ...DEFAULT_PANEL_STATE, position: { x: 10, y: 20 } }],
    ['a broken position', { position: { x: 'left' }, expanded: true }, { ...DEFAULT_PANEL_STATE, expanded: true }],
  ])('reads %s', (_name, raw, expected) => {
    expect(parsePanelState(raw)).toEqual(expected);
  });
});

describe('clampPosition', () => {
  const panel = { width: 300, height: 500 };
  const viewport = { width: 1000, height: 800 };
  it.each([
    [
      { x: 100, y: 100 },
      { x: 100, y: 100 },
    ],
    [
      { x: -50, y: -10 },
      { x: 0, y: 0 },
    ],
    [
      { x: 900, y: 790 },
      { x: 700, y: 752 },
    ],
  ])('keeps %j on screen', (position, expected) => {
    expect(clampPosition(position, panel, viewport)).toEqual(expected);
  });
});
