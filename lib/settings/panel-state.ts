import { z } from '../model/zod';

/** How the recruiter left the panel: remembered across pages so it does not jump around. */
export const PanelState = z.object({
  collapsed: z.boolean().catch(false).default(false),
  expanded: z.boolean().catch(false).default(false),
  /** Top-left corner in CSS pixels after a drag; absent means "use the corner from settings". */
  position: z.object({ x: z.number().finite(), y: z.number().finite() }).optional().catch(undefined),
});
export type PanelState = z.infer<typeof PanelState>;

export const DEFAULT_PANEL_STATE: PanelState = PanelState.parse({});

export function parsePanelState(raw: unknown): PanelState {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return DEFAULT_PANEL_STATE;
  const parsed = PanelState.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_PANEL_STATE;
}

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
