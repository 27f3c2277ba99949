import type { ExtractContext } from './context.js';

/** Arabic-Indic and Persian digits as ASCII, one code unit for one, so offsets stay the same. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) => String((c.charCodeAt(0) - 0x0660) % 0x90));
}

// The resolution and date extractors read the same text with ASCII digits: it is made once per extraction context,
// as the organisation analysis is (a full pass over the text, 1.5% of an extraction-only run when made twice).
const asciiTexts = new WeakMap<ExtractContext, string>();

/** asciiDigits of a context's normalised text, made once per context. */
export function asciiTextOf(ctx: ExtractContext): string {
  let t = asciiTexts.get(ctx);
  if (t === undefined) {
    t = asciiDigits(ctx.norm.text);
    asciiTexts.set(ctx, t);
  }
  return t;
}
