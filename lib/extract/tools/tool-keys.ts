import { scanAtoms, type Atom } from './scan-atoms';

/**
 * The key a spelling is matched by in running text: atoms joined by a joiner (. - _) are glued,
 * atoms separated by a space keep one space. "Node.js" and "NodeJS" give "nodejs"; "Power BI" gives
 * "power bi", so "move it" can never read as "MoveIt".
 */
function matchKeyOfAtoms(atoms: readonly Atom[]): string {
  let key = '';
  for (let i = 0; i < atoms.length; i++) {
    if (i > 0 && atoms[i].gap !== 'joiner') key += ' ';
    key += atoms[i].key;
  }
  return key;
}

export function matchKey(spelling: string): string {
  return matchKeyOfAtoms(scanAtoms(spelling));
}

/** The key a name is looked up by: case, spaces and punctuation ignored ("Weights & Biases" = "weights&biases"). */
export function lookupKey(spelling: string): string {
  return scanAtoms(spelling)
    .map((atom) => atom.key)
    .join('');
}

/** True when the spelling reads as one unbroken run of atoms (no commas, brackets or quotes inside). */
export function isMatchable(spelling: string): boolean {
  const atoms = scanAtoms(spelling);
  return atoms.length > 0 && atoms.every((atom, i) => i === 0 || atom.gap !== 'break');
}
