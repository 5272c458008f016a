import { describe, expect, it } from 'vitest';
import { NotEnoughTextError } from '../lib/sources/not-enough-text-error';
import { textOfFileBytes } from './text-of-file-bytes';

const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('textOfFileBytes', () => {
  it('reads UTF-8, without its byte-order mark', () => {
    expect(textOfFileBytes(bytes([0xef, 0xbb, 0xbf], 'Zoë Brandt\nML Engineer'))).toEqual({ text: 'Zoë Brandt\nML Engineer' });
  });

  it('reads UTF-16 that starts with a byte-order mark, although it is full of NUL bytes', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from('Zoë Brandt', 'utf16le')]);
    expect(textOfFileBytes(le).text).toBe('Zoë Brandt');
  });

  it('reads bytes that are not UTF-8 as Windows-1252 and says so', () => {
    const file = textOfFileBytes(Uint8Array.from([...Buffer.from('Ren', 'latin1'), 0xe9, 0x20, 0x93, 0x41, 0x94]));
    expect(file.text).toBe('René “A”');
    expect(file.warning).toMatch(/not UTF-8; it was read as Windows-1252/);
  });

  it.each([
    ['NUL bytes', bytes('Resume', [0, 0, 1, 2])],
    [
      'control characters without NUL',
      bytes(
        'ab',
        Array.from({ length: 40 }, () => 0x01),
        'cd',
      ),
    ],
  ])('refuses binary data (%s) with a NotEnoughTextError saying so', (_name, data) => {
    expect(() => textOfFileBytes(data)).toThrow(NotEnoughTextError);
    expect(() => textOfFileBytes(data)).toThrow(/binary data, not text/);
  });

  it.each([
    ['%PDF-1.7\n', /a PDF: give it a \.pdf name/],
    ['PK\x03\x04word/document.xml', /zip archive \(a \.docx/],
    ['{\\rtf1\\ansi Resume}', /rich-text/],
  ])('names a %j file handed over as text and says what to do', (head, message) => {
    expect(() => textOfFileBytes(Buffer.from(head, 'latin1'))).toThrow(message);
  });

  it('keeps tabs, form feeds and carriage returns as text', () => {
    expect(textOfFileBytes(bytes('Skills:\tPython\r\n\fPage 2')).text).toBe('Skills:\tPython\r\n\fPage 2');
  });
});
