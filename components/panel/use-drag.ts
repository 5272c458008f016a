import { useCallback, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';

export interface DragHandle {
  dragging: boolean;
  onPointerDown(event: ReactPointerEvent<HTMLElement>): void;
}

/**
 * Moves the panel with the pointer from its header. Drags that start on a button are left to the
 * button; the final position is reported once, when the pointer is released.
 */
export function useDrag(
  frame: React.RefObject<HTMLElement | null>,
  onMove: (position: { x: number; y: number }) => void,
  onDrop: (position: { x: number; y: number }) => void,
): DragHandle {
  const [dragging, setDragging] = useState(false);
  const start = useRef<{ dx: number; dy: number } | null>(null);

  const onPointerDown = useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      if (event.button !== 0 || (event.target as Element).closest('button, a, input, textarea, select')) return;
      const rect = frame.current?.getBoundingClientRect();
      if (!rect) return;
      start.current = { dx: event.clientX - rect.left, dy: event.clientY - rect.top };
      const handle = event.currentTarget;
      handle.setPointerCapture(event.pointerId);
      setDragging(true);
      let last = { x: rect.left, y: rect.top };
      const move = (moveEvent: PointerEvent) => {
        if (!start.current) return;
        last = { x: moveEvent.clientX - start.current.dx, y: moveEvent.clientY - start.current.dy };
        onMove(last);
      };
      const up = () => {
        start.current = null;
        setDragging(false);
        handle.removeEventListener('pointermove', move);
        handle.removeEventListener('pointerup', up);
        handle.removeEventListener('pointercancel', up);
        onDrop(last);
      };
      handle.addEventListener('pointermove', move);
      handle.addEventListener('pointerup', up);
      handle.addEventListener('pointercancel', up);
    },
    [frame, onMove, onDrop],
  );

  return { dragging, onPointerDown };
}
