// Weight words as they appear in PostScript font names ("ABCDEF+Roboto-Bold", "CMBX10", "Arial,BoldItalic").
const BOLD_NAME = /bold|black|heavy|semibold|demibold|extrabold|ultrabold|[-,]bd\b|^cmbx|^cmb\d|-sb$|medium/i;

/** Whether a PostScript font name names a bold (or heavier) face. */
export function isBoldFontName(name: string): boolean {
  const withoutSubset = name.replace(/^[A-Z]{6}\+/, '');
  return BOLD_NAME.test(withoutSubset);
}
