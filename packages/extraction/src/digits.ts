// The last text asked and its answer: the resolution and date extractors ask for the same normalised text one after
// the other, and the scan is a full pass over it (1.5% of an extraction-only run).
let lastText: string | undefined;
let lastAnswer = '';

/** Arabic-Indic and Persian digits as ASCII, one code unit for one, so offsets stay the same. */
export function asciiDigits(text: string): string {
  if (text === lastText) return lastAnswer;
  lastAnswer = text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) => String((c.charCodeAt(0) - 0x0660) % 0x90));
  lastText = text;
  return lastAnswer;
}
