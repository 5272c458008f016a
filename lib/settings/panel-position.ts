/** Keeps a dragged panel on screen when the window is smaller than when it was placed. */
export function clampPosition(
  position: { x: number; y: number },
  panel: { width: number; height: number },
  viewport: { width: number; height: number },
): { x: number; y: number } {
  const maxX = Math.max(0, viewport.width - Math.min(panel.width, viewport.width));
  const maxY = Math.max(0, viewport.height - Math.min(panel.height, 48));
  return { x: Math.min(Math.max(0, position.x), maxX), y: Math.min(Math.max(0, position.y), maxY) };
}
