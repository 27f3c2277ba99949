/**
 * The word → part-of-speech tag table of jieba's dictionaries, read as cppjieba's DictTrie reads them, in a
 * compact form: the dictionary texts themselves hold the words, and typed arrays hold an open-addressing hash
 * table over them. No string or Map entry per word: about 350,000 words cost a few typed arrays (about 12 MB,
 * none of it for the garbage collector to trace) and build in a fraction of the time a Map takes.
 */
export class TagTable {
  private readonly texts: string[] = [];
  private readonly tagNames: string[] = [];
  private readonly tagIds = new Map<string, number>();
  private count = 0;
  // Per entry: which text, where the word starts in it, its length, its tag.
  private text = new Uint8Array(1024);
  private start = new Int32Array(1024);
  private length = new Uint16Array(1024);
  private tag = new Uint16Array(1024);
  // Hash slots: 0 is empty, else entry index + 1. Kept at most half full.
  private slots = new Int32Array(2048);

  /**
   * Add the lines of one dictionary file, in order (a later entry of a word replaces an earlier one). Lines
   * split on single spaces as cppjieba's Split does (empty fields kept, none after a trailing space):
   * `word freq tag`, `word tag` or `word` (empty tag); other field counts add nothing. `main`: jieba's main
   * dictionary, whose every line is read (user dictionaries skip empty lines).
   */
  addText(content: string, main: boolean): void {
    const t = this.texts.length;
    this.texts.push(content);
    for (let at = 0; at < content.length;) {
      let eol = content.indexOf('\n', at);
      if (eol < 0) eol = content.length;
      if (eol > at || main) this.addLine(t, content, at, eol);
      at = eol + 1;
    }
  }

  private addLine(t: number, content: string, from: number, to: number): void {
    const end = to > from && content.charCodeAt(to - 1) === 0x20 ? to - 1 : to;
    let first = from;
    while (first < end && content.charCodeAt(first) !== 0x20) first++;
    let tag = '';
    if (first < end) {
      let second = first + 1;
      while (second < end && content.charCodeAt(second) !== 0x20) second++;
      if (second >= end) tag = content.slice(first + 1, end);
      else {
        let third = second + 1;
        while (third < end && content.charCodeAt(third) !== 0x20) third++;
        if (third < end) return;
        tag = content.slice(second + 1, end);
      }
    }
    if (first === from) return;
    let id = this.tagIds.get(tag);
    if (id === undefined) {
      id = this.tagNames.length;
      this.tagNames.push(tag);
      this.tagIds.set(tag, id);
    }
    this.put(t, from, first - from, id);
  }

  private put(t: number, from: number, len: number, tag: number): void {
    const content = this.texts[t] as string;
    let mask = this.slots.length - 1;
    let h = hashOf(content, from, len) & mask;
    for (let e = this.slots[h] as number; e !== 0; e = this.slots[h] as number) {
      if (this.equals(e - 1, content, from, len)) {
        this.tag[e - 1] = tag;
        return;
      }
      h = (h + 1) & mask;
    }
    if (this.count === this.start.length) this.growEntries();
    const i = this.count++;
    this.text[i] = t;
    this.start[i] = from;
    this.length[i] = len;
    this.tag[i] = tag;
    this.slots[h] = i + 1;
    if (2 * this.count > this.slots.length) {
      this.rehash();
      mask = this.slots.length - 1;
    }
  }

  /** The tag of `word` ('' for an entry without one), or undefined when no dictionary has the word. */
  get(word: string): string | undefined {
    const mask = this.slots.length - 1;
    let h = hashOf(word, 0, word.length) & mask;
    for (let e = this.slots[h] as number; e !== 0; e = this.slots[h] as number) {
      if (this.equals(e - 1, word, 0, word.length)) return this.tagNames[this.tag[e - 1] as number];
      h = (h + 1) & mask;
    }
    return undefined;
  }

  private equals(i: number, s: string, from: number, len: number): boolean {
    if (this.length[i] !== len) return false;
    const content = this.texts[this.text[i] as number] as string;
    const at = this.start[i] as number;
    for (let k = 0; k < len; k++) if (content.charCodeAt(at + k) !== s.charCodeAt(from + k)) return false;
    return true;
  }

  private growEntries(): void {
    const n = 2 * this.start.length;
    const text = new Uint8Array(n);
    const start = new Int32Array(n);
    const length = new Uint16Array(n);
    const tag = new Uint16Array(n);
    text.set(this.text);
    start.set(this.start);
    length.set(this.length);
    tag.set(this.tag);
    this.text = text;
    this.start = start;
    this.length = length;
    this.tag = tag;
  }

  private rehash(): void {
    const slots = new Int32Array(2 * this.slots.length);
    const mask = slots.length - 1;
    for (let i = 0; i < this.count; i++) {
      const content = this.texts[this.text[i] as number] as string;
      let h = hashOf(content, this.start[i] as number, this.length[i] as number) & mask;
      while (slots[h] !== 0) h = (h + 1) & mask;
      slots[h] = i + 1;
    }
    this.slots = slots;
  }
}

/** FNV-1a over the UTF-16 code units of `s[from, from + len)`. */
function hashOf(s: string, from: number, len: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < len; k++) h = Math.imul(h ^ s.charCodeAt(from + k), 0x01000193);
  return h >>> 0;
}
