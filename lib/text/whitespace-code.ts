/**
 * Whether a UTF-16 code unit is what `/\s/` matches, decided by comparisons: a regular expression asked
 * about one character at a time allocates on every call, and sentence splitting asks at every stop.
 */
export function isWhitespaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
