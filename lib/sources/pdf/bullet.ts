// Bullet glyphs, including the private-use codes Symbol/Wingdings fonts map their bullets to.
const BULLET_GLYPH = /^[•·▪‣◦●○■□►▶✓✔❖➢➤◆◇⁃∙\u2022\u25CF\u25AA\uF0B7\uF0A7\uF0D8\uF076\uF0FC\uE000-\uF8FF]\s*/u;
// A dash or star used as a bullet: followed by a space, or glued to a capitalised word ("-Built ...").
const ASCII_BULLET = /^(?:[-–*]\s+|-(?=\p{Lu}))/u;

/** Whether a line opens a bullet item, and its text without the bullet. */
export function splitBullet(text: string): { bullet: boolean; text: string } {
  const glyph = BULLET_GLYPH.exec(text) ?? ASCII_BULLET.exec(text);
  if (!glyph) return { bullet: false, text };
  const rest = text.slice(glyph[0].length).trim();
  return rest.length > 0 ? { bullet: true, text: rest } : { bullet: false, text };
}
