/** Arabic-Indic and Persian digits as ASCII, one code unit for one, so offsets stay the same. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) => String((c.charCodeAt(0) - 0x0660) % 0x90));
}
