import { NotEnoughTextError } from '../lib/sources/not-enough-text-error';

export interface FileText {
  text: string;
  /** Set when the bytes were not UTF-8 and another reading was chosen. */
  warning?: string;
}

const UTF16 = [
  { bom: [0xff, 0xfe], encoding: 'utf-16le' },
  { bom: [0xfe, 0xff], encoding: 'utf-16be' },
] as const;

// Signatures of the files people most often hand over instead of a text resume, with what to do instead.
const SIGNATURES: { magic: string; what: string }[] = [
  { magic: '%PDF-', what: 'a PDF: give it a .pdf name and screen it again' },
  { magic: 'PK\x03\x04', what: 'a zip archive (a .docx or .odt document is one): export the resume as PDF or text' },
  { magic: '\xd0\xcf\x11\xe0', what: 'an old Word or Excel file: export the resume as PDF or text' },
  { magic: '{\\rtf', what: 'a rich-text (.rtf) document: export the resume as PDF or text' },
  { magic: '\x89PNG', what: 'a PNG image: Shipcheck reads text, not pictures' },
  { magic: '\xff\xd8\xff', what: 'a JPEG image: Shipcheck reads text, not pictures' },
  { magic: 'GIF8', what: 'a GIF image: Shipcheck reads text, not pictures' },
];

// Control characters other than tab, line feed, form feed and carriage return: text has none, binary data plenty.
function isControlCode(code: number): boolean {
  return (code >= 0x01 && code <= 0x08) || code === 0x0b || (code >= 0x0e && code <= 0x1f) || code === 0x7f;
}

function controlCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isControlCode(text.charCodeAt(i))) count++;
  return count;
}
const MAX_CONTROL_SHARE = 0.01;

function startsWith(bytes: Uint8Array, magic: string): boolean {
  return bytes.length >= magic.length && [...magic].every((ch, i) => bytes[i] === ch.charCodeAt(0));
}

function notText(what: string): NotEnoughTextError {
  return new NotEnoughTextError(`This file is ${what}; it holds no text to screen.`);
}

/**
 * The text of a file that should hold text (.txt, .md, .html, .json), or a NotEnoughTextError that says
 * what the file is instead: binary data never reaches a reader. UTF-8 (with or without a byte-order mark)
 * and UTF-16 with one are read as such; other bytes are read as Windows-1252, the usual legacy encoding.
 */
export function textOfFileBytes(bytes: Uint8Array): FileText {
  const utf16 = UTF16.find(({ bom }) => bytes[0] === bom[0] && bytes[1] === bom[1]);
  if (utf16) return { text: new TextDecoder(utf16.encoding).decode(bytes) };
  const signature = SIGNATURES.find(({ magic }) => startsWith(bytes, magic));
  if (signature) throw notText(signature.what);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw notText(`binary data, not text (a NUL byte at offset ${nul})`);
  let text: string;
  let warning: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    warning = 'The file is not UTF-8; it was read as Windows-1252 (Western European). Save it as UTF-8 if letters look wrong.';
  }
  const controls = controlCount(text);
  if (controls > text.length * MAX_CONTROL_SHARE) throw notText(`binary data, not text (${controls} control characters)`);
  return { text, warning };
}
