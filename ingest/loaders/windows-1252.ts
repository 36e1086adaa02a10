/** What bytes 0x80–0x9F mean in windows-1252 (WHATWG); the five undefined bytes keep their C1 code point. */
const HIGH_CONTROLS = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Repairs text decoded as "windows-1252" by Node 20, whose TextDecoder decodes that label
 * (and its aliases latin1, iso-8859-1, ascii) as ISO-8859-1, leaving C1 controls where
 * Windows text has curly quotes and dashes. A no-op on correctly decoded text.
 */
export function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => HIGH_CONTROLS[c.charCodeAt(0) - 0x80]);
}
