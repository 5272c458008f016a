import { splitBullet } from './bullet';
import { joinWrapped } from './join-wrapped';
import type { LayoutStats } from './layout-stats';
import type { PdfLine } from './pdf-line';

/** A paragraph or a bullet item: wrapped lines joined back into one piece of text. */
export interface TextUnit {
  text: string;
  bullet: boolean;
  lines: PdfLine[];
}

const OPEN_END = /(?:[,;:(\-–—/&+]|\b(?:and|or|the|of|to|with|in|for|a|an|on|by|from|as|und|mit|der|die|das|für|et|de|la|y|e|и|в|на|с|по|для|из|к)|\s[и])$/iu;

function sameFlow(last: PdfLine, line: PdfLine, stats: LayoutStats): boolean {
  if (last.page === line.page && last.column === line.column) {
    const gap = last.y - line.y;
    return gap > 0 && gap <= 1.3 * stats.leading(line.fontSize, line.page, line.column) + 0.5;
  }
  return /^\p{Ll}/u.test(line.text) && !/[.!?]$/.test(last.text);
}

function lastLineWasFull(unit: TextUnit, last: PdfLine, stats: LayoutStats): boolean {
  const left = unit.lines[0].x;
  const full = stats.fullWidthRight(last.page, last.column);
  if (!Number.isFinite(full) || full <= left) return false;
  return (last.right - left) / (full - left) >= 0.72;
}

// "Languages: Python, SQL" opens its own item even when the line above is full.
const LABEL = /^[\p{L}][\p{L}&/+ .-]{0,30}:\s/u;

/** "Cloud & MLOps   : AWS, Azure," wrapping under its value column: "Databricks, Docker". */
function wrapsUnderLastPart(last: PdfLine, line: PdfLine): boolean {
  return last.parts.length > 1 && line.parts.length === 1 && Math.abs(line.x - last.partStarts[last.partStarts.length - 1]) < 6;
}

function continues(unit: TextUnit, line: PdfLine, stats: LayoutStats): boolean {
  const last = unit.lines[unit.lines.length - 1];
  if (LABEL.test(line.text)) return false;
  if (wrapsUnderLastPart(last, line)) return Math.abs(last.fontSize - line.fontSize) <= 0.6 && sameFlow(last, line, stats);
  if (line.parts.length > 1 || last.parts.length > 1) return false;
  if (Math.abs(last.fontSize - line.fontSize) > 0.6 || !sameFlow(last, line, stats)) return false;
  const hanging = unit.bullet && line.x >= unit.lines[0].x + 2;
  if (hanging) return true;
  if (line.bold !== last.bold && /^\p{Lu}/u.test(line.text)) return false;
  return /^\p{Ll}/u.test(line.text) || OPEN_END.test(last.text) || lastLineWasFull(unit, last, stats);
}

/** Groups consecutive lines into bullet items and paragraphs, joining lines that only wrapped. */
export function textUnitsOf(lines: PdfLine[], stats: LayoutStats): TextUnit[] {
  const units: TextUnit[] = [];
  for (const line of lines) {
    const { bullet, text } = splitBullet(line.text);
    const current = units[units.length - 1];
    if (!bullet && current && continues(current, line, stats)) {
      current.text = joinWrapped(current.text, text);
      current.lines.push(line);
    } else {
      units.push({ text, bullet, lines: [line] });
    }
  }
  return units;
}
