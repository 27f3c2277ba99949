import { gazetteerFor } from './gazetteer.js';
import type { OrgMention } from './mention.js';

/**
 * Arabic body names. Arabic has no capitals; a name is a head noun and the words a construct (إضافة) or an adjective
 * joins to it, and those are definite (they carry the article `ال`) while the head itself is not: `مجلس الأمن`
 * (the Security Council), `لجنة السكان والتنمية`, `مكتب خدمات الرقابة الداخلية`, `برنامج الأمم المتحدة الإنمائي`. A
 * name is read at each head word (with or without a proclitic joined to it: `ولجنة`, `لمجلس`), by a small grammar:
 * - its opening: the head without the article, then at most two nouns without it (the first terms of a construct:
 *   `مكتب خدمات الرقابة`, `إدارة عمليات حفظ السلام`) when a definite word follows them; or the head with the article
 *   (`اللجنة الاستشارية`, `المجلس التنفيذي`) when a definite adjective follows, for the heads that name a body that
 *   way (DEFINITE_HEADS);
 * - then definite words (`ال`, `وال`, `لل`: `لجنة السكان والتنمية`, `برنامج الأمم المتحدة للبيئة`), and these
 *   complements: `المعني ب…` / `المعنية ب…` (concerned with) and what follows (`مكتب الأمم المتحدة المعني بالمخدرات
 *   والجريمة`); `التابع ل…` / `التابعة ل…` (of); `ل` and a noun before a definite word (`بعثة الأمم المتحدة لتحقيق
 *   الاستقرار`); `في` and a place from a short list (`… في مالي`, `منظمة الأمن والتعاون في أوروبا`), which ends the
 *   name.
 * Words follow each other with one space: a comma, a bracket, a digit or a line break ends a name. So does a word
 * without the article (a verb, `و` and a noun), a relative pronoun (`التي`), a participle that describes rather than
 * names (`المنشأة`, `المؤرخ`), and `و` with the article and a head word (`… الإنمائي والمكتب المعني …`: a second body).
 * A head alone is no name; some heads name a body only with certain words after them (`عملية الأمم المتحدة` is one,
 * `عملية السلام` is not: ONLY_BEFORE), and some openings are never one (NOT_A_BODY). A name that opens with a gazetteer
 * name is cut to it (`مجلس الأمن التابع للأمم المتحدة` is the Security Council). The name is the text without its
 * diacritics (shadda, vowels, tatweel), under the gazetteer's canonical name when it has one.
 */

// Head words, without the article, as a name starts with them.
const HEADS = [
  'لجنة',
  'مجلس',
  'مكتب',
  'منظمة',
  'صندوق',
  'برنامج',
  'بعثة',
  'قوة',
  'محكمة',
  'مفوضية',
  'وكالة',
  'فريق',
  // (`فرقة العمل`, a task force: `فرقة العمل المشتركة المتعددة الجنسيات`.)
  'فرقة',
  'مركز',
  'معهد',
  'إدارة',
  'شعبة',
  'اتحاد',
  'رابطة',
  'هيئة',
  'مؤتمر',
  'جمعية',
  'دائرة',
  'وحدة',
  'آلية',
  'أمانة',
  'عملية',
  'تحالف',
  'حركة',
  'جبهة',
  'منتدى',
  'مصرف',
  'بنك',
  // An army, as English names one (`Free Syrian Army`, `Libyan National Army`): `الجيش السوري الحر`, `جيش تحرير كوسوفو`.
  'جيش',
];
const HEAD_SET = new Set(HEADS);

// Heads that, with the article and a definite adjective, name a body (`اللجنة الاستشارية`, `الفريق العامل`). Others
// with the article are more often something else (`الإدارة العامة`, public administration; `العملية السياسية`).
const DEFINITE_HEADS = new Set([
  'لجنة',
  'مجلس',
  'مكتب',
  'منظمة',
  'صندوق',
  'بعثة',
  'محكمة',
  'مفوضية',
  'وكالة',
  'فريق',
  'معهد',
  'اتحاد',
  'هيئة',
  'جمعية',
  'أمانة',
  'آلية',
  'جبهة',
  'جيش',
]);

// Heads that name a body only with one of these words right after them: `عملية الأمم المتحدة في كوت ديفوار` (an
// operation), not `عملية السلام` (the peace process); `إدارة عمليات حفظ السلام`, not `إدارة الموارد` (management).
const ONLY_BEFORE = new Map<string, ReadonlySet<string>>([
  ['عملية', new Set(['الأمم', 'الاتحاد'])],
  ['قوة', new Set(['الأمم', 'الاتحاد', 'المهام', 'حفظ', 'الدفاع'])],
  ['إدارة', new Set(['الشؤون', 'شؤون', 'عمليات', 'الدعم', 'السلامة', 'الجمعية', 'التنظيم', 'الإعلام'])],
  ['وحدة', new Set(['التفتيش', 'دعم', 'الدعم', 'تنفيذ'])],
]);

// Openings that are no body: a programme of action or of activities (a document), a programme of exploration (a
// contractor's plan of work), a summit or a review conference (events), the movement of persons or goods, the bond
// of marriage (`رابطة`, also an association), states.
const NOT_A_BODY: ReadonlyArray<readonly string[]> = [
  'برنامج العمل',
  'برنامج عمل',
  'مؤتمر القمة',
  'مؤتمر استعراض',
  'مؤتمر الاستعراض',
  'حركة الأشخاص',
  'حركة المرور',
  'حركة السلع',
  'حركة البضائع',
  'حركة الأموال',
  'حركة اللاجئين',
  'حركة الناس',
  'مركز الاحتجاز',
  'برنامج الأنشطة',
  'برنامج أنشطة',
  'برنامج الاستكشاف',
  'رابطة الزواج',
  'البعثة الدائمة',
  // A state's army (`جيش جمهورية كوريا الشعبية الديمقراطية`), which English writes `the army of the DPRK`.
  'جيش جمهورية',
  'جيش دولة',
  'جيش المملكة',
  'الاتحاد الروسي',
  'الاتحاد السوفياتي',
].map((n) => n.split(' '));

// Definite words that describe a body rather than name it, and relative pronouns: the name ends before them
// (`لجنة مجلس الأمن المنشأة عملا بالقرار …`, `… المؤرخ 5 آذار/مارس`, `المواضيع الأربعة التالية`, `اللجنة الفرعية العلمية
// والتقنية المنبثقة عن لجنة …`, the subcommittee emanating from a committee; `… الأمريكية المسندة إليها`, assigned
// to it; `الرامية إلى`, aimed at; `المنقحة`, revised; `المختصة`, competent; `المصدرة`, issuing; `المقترح`, proposed).
const NOT_IN_NAME = new Set(
  (
    'الذي التي الذين اللذين اللتين اللاتي اللواتي المنشأ المنشأة المنشاة المنشئة المؤرخ المؤرخة المعقود المعقودة ' +
    'الوارد الواردة المقدم المقدمة المذكور المذكورة المشار المقرر المقررة المعتمد المعتمدة الصادر الصادرة المتعلق ' +
    'المتعلقة المتخذ المتخذة السابق السابقة الحالي الحالية التالي التالية الآن اليوم المقبل المقبلة الماضي الماضية ' +
    'الأخير الأخيرة المعني المعنية المعنيين المعنيون التابع التابعة ' +
    'التابعين المكلف المكلفة الوحيد الوحيدة الملحق الملحقة المعنون المعنونة العديد الكثير الجميع البعض الآخر ' +
    'الأخرى الآخرين الأخريات المنبثق المنبثقة المنبثقين المسند المسندة الرامي الرامية المنقح المنقحة ' +
    'المختص المختصة المصدر المصدرة المقترح المقترحة'
  ).split(' '),
);

// Ordinals: after a name they count its sessions (`لجنة المخدرات الثامنة والخمسين`, at its fifty-eighth session),
// right after a head with the article they name it (`اللجنة السادسة`, the Sixth Committee).
const ORDINAL = new Set(
  (
    'الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس السادسة السابع السابعة ' +
    'الثامن الثامنة التاسع التاسعة العاشر العاشرة الحادي الحادية'
  ).split(' '),
);

// `المعني ب…` (concerned with): a body named by its task (`الفريق العامل المعني بحالات الاختفاء القسري`).
const CONCERNED = new Set(['المعني', 'المعنية', 'المعنيين', 'المعنيون', 'المكلف', 'المكلفة']);
// `التابع ل…` (of, belonging to): `مجلس السلام والأمن التابع للاتحاد الأفريقي`.
const BELONGING = new Set(['التابع', 'التابعة', 'التابعين']);

// Places a name may end with after `في`: where United Nations missions and offices are, regions, continents.
const PLACES = [
  'أوروبا',
  'أفريقيا',
  'آسيا',
  'أمريكا اللاتينية',
  'الشرق الأوسط',
  'غرب أفريقيا',
  'وسط أفريقيا',
  'الجنوب الأفريقي',
  'مالي',
  'أفغانستان',
  'العراق',
  'الصومال',
  'السودان',
  'جنوب السودان',
  'ليبيا',
  'ليبريا',
  'هايتي',
  'قبرص',
  'كوسوفو',
  'دارفور',
  'لبنان',
  'سيراليون',
  'بوروندي',
  'كوت ديفوار',
  'جمهورية الكونغو الديمقراطية',
  'جمهورية أفريقيا الوسطى',
  'غينيا - بيساو',
  'غينيا-بيساو',
  'أبيي',
  'اليمن',
  'الصحراء الغربية',
  'تيمور - ليشتي',
  'تيمور-ليشتي',
  'البوسنة والهرسك',
  'الكونغو',
  'جورجيا',
  'طاجيكستان',
  'أنغولا',
  'رواندا',
  'موزامبيق',
  'إريتريا',
  'إثيوبيا وإريتريا',
  'إثيوبيا',
  'نيبال',
  'كولومبيا',
  'غواتيمالا',
  'السلفادور',
  'كمبوديا',
  'الجمهورية العربية السورية',
  'سوريا',
  'نيويورك',
  'جنيف',
  'فيينا',
  'نيروبي',
  'بيروت',
  'بانكوك',
  'أديس أبابا',
  'سانتياغو',
].sort((a, b) => b.length - a.length);
const CITIES = new Set(['نيويورك', 'جنيف', 'فيينا', 'نيروبي', 'بيروت', 'بانكوك', 'أديس أبابا', 'سانتياغو']);

// Words that cannot be a first term of a construct after a head: prepositions, particles, pronouns, demonstratives.
const NOT_A_NOUN = new Set(
  (
    'في من على إلى الى عن مع أن إن أنه أنها ما لا لم لن قد هو هي هم هذا هذه ذلك تلك هؤلاء كل بعض غير بين عند حول ' +
    'ضد منذ خلال بشأن وفق وفقا أي أو ثم حتى كما لدى عدة كافة جميع ذات ذو سوف إذ إذا إلا أيضا'
  ).split(' '),
);

// An Arabic letter, or a mark written on one (vowels, shadda, sukun, superscript alef), or tatweel.
export function isArabicLetter(c: number): boolean {
  return (c >= 0x621 && c <= 0x65f) || (c >= 0x670 && c <= 0x6d3);
}

/** A diacritic (vowels, shadda, sukun, superscript alef) or tatweel, which a name is compared and counted without. */
export function isArabicMark(c: number): boolean {
  return c === 0x640 || (c >= 0x64b && c <= 0x65f) || c === 0x670;
}
/** text.slice(start, end) without its diacritics. */
function bareSlice(text: string, start: number, end: number): string {
  let marks = false;
  for (let i = start; i < end && !marks; i++) marks = isArabicMark(text.charCodeAt(i));
  if (!marks) return text.slice(start, end);
  let out = '';
  for (let i = start; i < end; i++) if (!isArabicMark(text.charCodeAt(i))) out += text.charAt(i);
  return out;
}

/** Whether a word (without diacritics) carries the article, alone or after `و` or `ل` (`لل`). */
function isDefinite(w: string): boolean {
  return w.length > 3 && (w.startsWith('ال') || w.startsWith('لل') || (w.startsWith('وال') && w.length > 4));
}

// Words that, after `و` and the article, open a second noun phrase rather than go on with a name: a person's
// office (`برنامج البيئة والمدير العام لمنظمة …`), governments and states.
const OPENS_SECOND = new Set('مدير أمين رئيس ممثل مبعوث مفوض مقرر منسق حكومة حكومات دول دولة سلطات'.split(' '));

/**
 * A definite word that opens a second body or person: `و` with the article and a head (`والمكتب`, `واللجنة`) or an
 * office (`والمدير`).
 */
function opensSecondBody(w: string): boolean {
  return w.startsWith('وال') && (HEAD_SET.has(w.slice(3)) || OPENS_SECOND.has(w.slice(3)));
}

// Adjectives of names that end in none of the endings looksLikeAdjective reads.
const PLAIN_ADJECTIVES = new Set(
  (
    'الأحمر الأخضر الأبيض الأسود الهادئ الشامل الخاص العام العامل الرفيع الأعلى الأدنى الأوسط الأقصى الأكبر ' +
    'الكبير الدائم المستقل الحر الحرة'
  ).split(' '),
);

// Adjectives that take a noun after them (`الرفيع المستوى`, high-level; `الطويل الأجل`, long-term).
const ANNEXING_ADJECTIVES = new Set(
  'الرفيع الرفيعة الطويل الطويلة القصير القصيرة الثنائي الثنائية الواسع الواسعة الكثير الكثيرة'.split(' '),
);

/**
 * Whether a definite word (without `و`) reads as an adjective: a relative adjective or a feminine in `ي`, `ية`, `ة`,
 * `ى`; a sound plural in `ين`, `ون`; a participle in `الم` (`المتحدة`, `المشتركة`); or a plain adjective of the list.
 */
function looksLikeAdjective(w: string): boolean {
  if (w.startsWith('الم') || PLAIN_ADJECTIVES.has(w)) return true;
  const last = w.charAt(w.length - 1);
  if (last === 'ي' || last === 'ة' || last === 'ى') return true;
  return w.endsWith('ين') || w.endsWith('ون');
}

// The heads by their length and last letter: a word is a head with a prefix when it ends with one (scanAr looks each
// word up here instead of running a pattern over the text, which costs several times more on Arabic text).
const HEADS_BY_END = new Map<number, string[]>();
for (const h of HEADS) {
  const key = h.length * 0x10000 + h.charCodeAt(h.length - 1);
  HEADS_BY_END.set(key, [...(HEADS_BY_END.get(key) ?? []), h]);
}
const LONGEST_HEAD = Math.max(...HEADS.map((h) => h.length));
// For each last letter, a bit for each length of a head ending with it: most words are ruled out by one look here.
const HEAD_LENGTHS_BY_LAST = new Uint32Array(0x10000);
// The same for the first letter.
const HEAD_LENGTHS_BY_FIRST = new Uint32Array(0x10000);
for (const h of HEADS) {
  HEAD_LENGTHS_BY_LAST[h.charCodeAt(h.length - 1)]! |= 1 << h.length;
  HEAD_LENGTHS_BY_FIRST[h.charCodeAt(0)]! |= 1 << h.length;
}

/** Any head word, even inside a longer word: a stretch without one holds no Arabic body. */
export const AR_ANY_HEAD = new RegExp(`(?:${HEADS.join('|')})`);

// The prefixes a head may carry: a proclitic (its length is what the mention leaves out) and whether the article
// follows it. `لل` is `ل` and the article, whose alef is not written after it: `للمجلس` is `ل` + `المجلس`.
const PREFIXES = new Map<string, { clitic: number; article: boolean }>([
  ['', { clitic: 0, article: false }],
  ...['و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'].map((p): [string, { clitic: number; article: boolean }] => [
    p,
    { clitic: p.length, article: false },
  ]),
  ...['ال', 'وال', 'فال', 'بال', 'وبال', 'فبال'].map((p): [string, { clitic: number; article: boolean }] => [
    p,
    { clitic: p.length - 2, article: true },
  ]),
  ...['لل', 'ولل', 'فلل'].map((p): [string, { clitic: number; article: boolean }] => [
    p,
    { clitic: p.length - 1, article: true },
  ]),
]);

type Word = { start: number; end: number; w: string };

/**
 * The words after `first` that, with it, make the longest form the gazetteer lists (its forms with a proclitic
 * included), or none.
 */
function gazetteerWordsAt(text: string, first: Word, end: number): Word[] {
  const gaz = gazetteerFor('ar');
  if (!gaz) return [];
  const words: Word[] = [];
  let key = first.w;
  let best = 0;
  for (let w = wordAfter(text, first.end, end); w && key.length + 1 + w.w.length <= gaz.maxKeyLength;) {
    key += ' ' + w.w;
    words.push(w);
    if (gaz.byKey.has(key)) best = words.length;
    w = wordAfter(text, w.end, end);
  }
  return words.slice(0, best);
}

/** The word one space after `pos` (the end of a word), inside [.., end), or undefined. */
function wordAfter(text: string, pos: number, end: number): Word | undefined {
  if (text.charCodeAt(pos) !== 0x20 || pos + 1 >= end || !isArabicLetter(text.charCodeAt(pos + 1))) return undefined;
  let j = pos + 1;
  while (j < end && isArabicLetter(text.charCodeAt(j))) j++;
  return { start: pos + 1, end: j, w: bareSlice(text, pos + 1, j) };
}

/** The place from PLACES that starts at `pos` and ends a word there, or undefined. */
function placeAt(text: string, pos: number, end: number): string | undefined {
  for (const p of PLACES) {
    const e = pos + p.length;
    if (e <= end && text.startsWith(p, pos) && !isArabicLetter(text.charCodeAt(e))) return p;
  }
  return undefined;
}

/**
 * The Arabic bodies of the stretch [start, end) of a text, in order: at each head word not inside a name found
 * before, the name that opens there, read on to its end.
 */
export function scanAr(text: string, start: number, end: number, out: OrgMention[]): void {
  const gaz = gazetteerFor('ar');
  let after = start;
  for (let i = start; i < end; i++) {
    if (!isArabicLetter(text.charCodeAt(i))) continue;
    // A word [i, wordEnd): is it a head with a prefix of at most four letters?
    const wordStart = i;
    while (i < end && isArabicLetter(text.charCodeAt(i))) i++;
    const wordEnd = i;
    if (wordStart < after) continue;
    const found = headOfWord(text, wordStart, wordEnd);
    if (!found) continue;
    const { head, prefixText, prefix } = found;
    let article = prefix.article;
    // `للجنة` is `ل` and `لجنة`, or `ل` and `اللجنة` (the article's alef is not written): the article when an
    // adjective follows (`للجنة الاستشارية`), not when a construct does (`للجنة السكان`).
    if (!article && prefixText.endsWith('ل') && head.startsWith('ل') && DEFINITE_HEADS.has(head)) {
      const next = wordAfter(text, wordEnd, end);
      article = next !== undefined && isAdjectiveOf(head, next.w);
    }
    if (article && !DEFINITE_HEADS.has(head)) continue;
    const words = nameWords(text, wordEnd, end, head, article);
    if (!words) continue;
    // `الجيش` and one adjective is a country's army (`الجيش الياباني`, `الجيش الروسي`), which English writes in lower
    // case too; two name one (`الجيش الوطني الليبي`, `الجيش السوري الحر`), as a construct does (`جيش تحرير كوسوفو`).
    if (head === 'جيش' && article && words.length < 2) continue;
    const mentionStart = wordStart + prefix.clitic;
    // The name as written after the proclitic, the article's alef restored after `ل` (`للمجلس` → `المجلس`).
    const first = (article ? 'ال' : '') + head;
    const names = [first, ...words.map((w) => w.w)];
    if (NOT_A_BODY.some((n) => startsWithWords(names, n))) continue;
    // A gazetteer name at the opening takes no complement. (Only openings no longer than the gazetteer's longest
    // form are looked up: a name of any length costs no more than that.)
    let k = names.length;
    let fits = 0;
    for (let length = -1; fits < names.length && length + 1 + names[fits]!.length <= (gaz?.maxKeyLength ?? 0); fits++) {
      length += 1 + names[fits]!.length;
    }
    for (let j = fits; j >= 2; j--) {
      // (Not before an adjective that makes another body, ANOTHER_BODY: `مجلس الأمن الوطني` is a national security
      // council, not the Security Council; `مؤتمر الأطراف المتعاقدة السامية` the High Contracting Parties'.)
      if (gaz?.byKey.has(names.slice(0, j).join(' ')) && !ANOTHER_BODY.has(names[j] ?? '')) {
        k = j;
        break;
      }
    }
    const nameEnd = words[k - 2]!.end;
    const name = names.slice(0, k).join(' ');
    out.push({
      start: mentionStart,
      end: nameEnd,
      name: gaz?.byKey.get(name)?.canonical ?? name,
      source: 'capitalised',
    });
    after = nameEnd;
  }
}

/** The head a word [start, end) ends with, after a prefix PREFIXES knows, or undefined. */
function headOfWord(
  text: string,
  start: number,
  end: number,
): { head: string; prefixText: string; prefix: { clitic: number; article: boolean } } | undefined {
  const len = end - start;
  if (len < 3 || len > LONGEST_HEAD + 4) return undefined;
  const last = text.charCodeAt(end - 1);
  const lengths = HEAD_LENGTHS_BY_LAST[last]!;
  if (lengths === 0) return undefined;
  for (let k = 0; k <= 4 && len - k >= 3; k++) {
    if ((((lengths & HEAD_LENGTHS_BY_FIRST[text.charCodeAt(start + k)]!) >>> (len - k)) & 1) === 0) continue;
    const heads = HEADS_BY_END.get((len - k) * 0x10000 + last);
    if (!heads) continue;
    for (const h of heads) {
      if (!text.startsWith(h, start + k)) continue;
      const prefixText = text.slice(start, start + k);
      const prefix = PREFIXES.get(prefixText);
      if (prefix) return { head: h, prefixText, prefix };
    }
  }
  return undefined;
}

/**
 * Whether a word without the article looks like a verb in the present tense rather than a noun: it opens with `ي`
 * (`يتخذ`), or with `ت` and ends with `ي` (`تراعي`, `تقتضي`). Nouns of the names read here (`تحقيق`, `تنمية`) do not.
 */
function looksLikeVerb(w: string): boolean {
  return w.startsWith('ي') || (w.startsWith('ت') && w.endsWith('ي'));
}

/**
 * At most `most` words without the article (the first terms of a construct) from `w`, then a word with it (`ال`,
 * not `لل` or `وال`), or undefined.
 */
function constructRun(
  text: string,
  w: Word | undefined,
  end: number,
  most = 2,
): { opening: Word[]; definite: Word } | undefined {
  const opening: Word[] = [];
  while (w && !isDefinite(w.w) && opening.length < most) {
    // (A noun with a pronoun joined to it is no term of a name: `برنامج عملها السنوي`, its annual programme of work.)
    if (NOT_A_NOUN.has(w.w) || w.w.length < 2 || /(?:ها|هم|هما)$/.test(w.w)) return undefined;
    opening.push(w);
    w = wordAfter(text, w.end, end);
  }
  if (!w || !w.w.startsWith('ال') || !isDefinite(w.w) || NOT_IN_NAME.has(w.w)) return undefined;
  return { opening, definite: w };
}

// Definite nouns that follow a definite head as the object of a verb, not as its adjective (`تحث اللجنة الدولة
// الطرف`, the Committee urges the State party; `تولي اللجنة الاعتبار`).
const NOT_AN_ADJECTIVE = new Set(
  'الدولة الدول الحكومة الحكومات الاعتبار الأمين الأدلة الأطراف الأعضاء الطرف الأمم'.split(' '),
);

/**
 * Whether a word may be an adjective of a head with the article: definite, not a noun of the lists above, and of the
 * head's gender (a feminine head, in `ة`, takes an adjective in `ة` or `ى`: `اللجنة الخاصة`, `المجلس التنفيذي`).
 */
function isAdjectiveOf(head: string, w: string): boolean {
  if (!w.startsWith('ال') || w.length < 4 || NOT_IN_NAME.has(w) || NOT_AN_ADJECTIVE.has(w)) return false;
  if (HEAD_SET.has(w.slice(2))) return false;
  const feminine = head.endsWith('ة');
  const last = w.charAt(w.length - 1);
  return feminine ? last === 'ة' || last === 'ى' : last !== 'ة';
}

// Adjectives that, after a gazetteer name, make it another body's name (see scanAr): national, regional and local
// bodies, the High Contracting Parties. (Not any adjective: `الجمعية العامة المكرسة لنزع السلاح` is the Assembly's
// special session, `برنامج الأمم المتحدة للبيئة التعاون` a name and an object.)
const ANOTHER_BODY = new Set(
  'الوطني الوطنية القومي القومية الإقليمي الإقليمية المحلي المحلية المتعاقدة المتعاقدين'.split(' '),
);

/** Whether the words of a name open with the words `p`. */
function startsWithWords(names: readonly string[], p: readonly string[]): boolean {
  return p.length <= names.length && p.every((w, i) => names[i] === w);
}

/**
 * The words after a head (ending at `from`) that belong to its name, or undefined when none does: see the grammar
 * at the top of this file.
 */
function nameWords(text: string, from: number, end: number, head: string, article: boolean): Word[] | undefined {
  const taken: Word[] = [];
  let pos = from;
  let next = wordAfter(text, pos, end);
  if (!next) return undefined;
  const only = ONLY_BEFORE.get(head);
  if (only && !only.has(next.w)) return undefined;
  if (article) {
    // `اللجنة الاستشارية`: a definite adjective right after the head, or `المعني ب…` (`اللجنة المعنية بحقوق الإنسان`,
    // the Human Rights Committee).
    if (!isAdjectiveOf(head, next.w) && !CONCERNED.has(next.w)) return undefined;
  } else {
    // A construct: at most two nouns without the article, then a word with it (not `لل` or `وال`: `آلية للتمويل` is a
    // mechanism for financing): `مجلس الأمن`, `مكتب خدمات الرقابة`, `إدارة عمليات حفظ السلام`.
    const run = constructRun(text, next, end);
    if (!run) return undefined;
    taken.push(...run.opening);
    if (run.opening.length > 0) pos = run.opening[run.opening.length - 1]!.end;
    next = run.definite;
  }
  // Definite words and complements; `last` is how many words of `taken` the name keeps (it ends with a definite word
  // or a complement, never with the first terms of a construct alone).
  let last = 0;
  for (let w: Word | undefined = next; w; w = wordAfter(text, pos, end)) {
    if (CONCERNED.has(w.w) || BELONGING.has(w.w)) {
      // `المعني ب…` / `التابع ل…`: the next word must open with the preposition, and may be the first term of a
      // construct (`المعنية بحالة تنفيذ …`).
      const p = wordAfter(text, w.end, end);
      const prep = CONCERNED.has(w.w) ? 'ب' : 'ل';
      if (!p || !p.w.startsWith(prep) || p.w.length < 3) break;
      taken.push(w, p);
      pos = p.end;
      // A body the gazetteer names, whole (`التابعة لمنظمة التعاون والتنمية في الميدان الاقتصادي`, of the OECD: its
      // `في الميدان` is no place that would end the name).
      const owner = gazetteerWordsAt(text, p, end);
      if (owner.length > 0) {
        taken.push(...owner);
        pos = owner[owner.length - 1]!.end;
        last = taken.length;
        continue;
      }
      if (isDefinite(p.w) || p.w.startsWith(prep + 'ال')) {
        last = taken.length;
        continue;
      }
      const run = constructRun(text, wordAfter(text, p.end, end), end, 1);
      if (!run) {
        last = taken.length;
        continue;
      }
      taken.push(...run.opening);
      pos = taken[taken.length - 1]!.end;
      continue;
    }
    if (w.w === 'المفتوح' || w.w === 'المفتوحة') {
      // `الفريق العامل المفتوح باب العضوية` (open-ended): the two words after it belong to it.
      const a = wordAfter(text, w.end, end);
      const b = a && a.w === 'باب' ? wordAfter(text, a.end, end) : undefined;
      if (a && b && b.w === 'العضوية') {
        taken.push(w, a, b);
        last = taken.length;
        pos = b.end;
        continue;
      }
    }
    if (isDefinite(w.w)) {
      if (
        NOT_IN_NAME.has(w.w.startsWith('وال') ? w.w.slice(1) : w.w) ||
        opensSecondBody(w.w) ||
        (ORDINAL.has(w.w) && !(article && w === next))
      )
        break;
      // A second definite word in a row is an adjective (`الأمم المتحدة`, `القانون الدولي`); a noun there starts the
      // object of a verb (`ووفرت شعبة التدوين الخدمات الفنية`, the Codification Division provided the services).
      const before = taken[taken.length - 1];
      // After an adjective or participle a noun may follow it (`المتعددة الأبعاد`, multidimensional; `الرفيع المستوى`).
      if (
        before &&
        w.w.startsWith('ال') &&
        before.w.startsWith('ال') &&
        !looksLikeAdjective(w.w) &&
        !before.w.startsWith('الم') &&
        !ANNEXING_ADJECTIVES.has(before.w)
      )
        break;
      taken.push(w);
      last = taken.length;
      pos = w.end;
      continue;
    }
    if (w.w === 'في') {
      const place = placeAt(text, w.end + 1, end);
      // A city names an office (`مكتب الأمم المتحدة في جنيف`); after another body it says where it is.
      if (place && (head === 'مكتب' || !CITIES.has(place))) {
        taken.push(w, { start: w.end + 1, end: w.end + 1 + place.length, w: place });
        last = taken.length;
      }
      break;
    }
    // `ل` and a place (a region or country, not a city) ends the name: `المكتب الإقليمي لوسط أفريقيا`.
    const region = w.w.startsWith('ل') ? placeAt(text, w.start + 1, end) : undefined;
    if (region && !CITIES.has(region)) {
      taken.push({ start: w.start, end: w.start + 1 + region.length, w: `ل${region}` });
      last = taken.length;
      // Only a second region joined to it goes on (`لآسيا والمحيط الهادئ`), not the object of a verb.
      pos = w.start + 1 + region.length;
      if (wordAfter(text, pos, end)?.w.startsWith('وال')) continue;
      break;
    }
    // `ل` and a noun before a definite word: `لتحقيق الاستقرار`, `لحفظ السلام`.
    if (w.w.startsWith('ل') && w.w.length > 3 && !HEAD_SET.has(w.w.slice(1))) {
      const d = wordAfter(text, w.end, end);
      if (d && isDefinite(d.w) && !NOT_IN_NAME.has(d.w)) {
        taken.push(w);
        pos = w.end;
        continue;
      }
      // …or `ل`, a noun and a second noun of a construct before it: `لمراقبة فض الاشتباك` (Disengagement Observer).
      // (Not a verb: `ليتخذ`, so that it take; `تراعي`, that considers.)
      const run = constructRun(text, d, end, 1);
      if (
        run &&
        run.opening.length === 1 &&
        !NOT_IN_NAME.has(run.definite.w) &&
        !looksLikeVerb(w.w.slice(1)) &&
        !looksLikeVerb(run.opening[0]!.w)
      ) {
        taken.push(w, ...run.opening);
        pos = run.opening[0]!.end;
        continue;
      }
    }
    break;
  }
  taken.length = last;
  return last > 0 ? taken : undefined;
}

// Words that come before a year (`عام 2013`, the year 2013).
const YEAR_WORDS = new Set(['عام', 'العام', 'سنة', 'لعام', 'لسنة']);

/**
 * A body's name read from the head word that starts at `start` (with a proclitic or not), for a head the grammar
 * does not take there because the construct after it ends in no word with the article, where other evidence says a
 * body is named there (the other languages of an aligned line): the head without the article and at most
 * `maxWords - 1` words without it, which end the name at a comma, a full stop, a bracket, a digit, the end of `end`
 * or a word that is no noun (`صندوق تعمير هايتي 93`, the Haiti Reconstruction Fund; `واتحاد نهر مانو،`, the Mano
 * River Union): a construct whose last term is a proper name, which takes no article. A verb, a word with the
 * article or with a pronoun joined to it, or `و` and a word ends the reading with no name. Returns the mention (the
 * proclitic left out) and its name, or undefined.
 */
export function arabicNameAt(
  text: string,
  start: number,
  end: number,
  maxWords: number,
): { start: number; end: number; name: string } | undefined {
  let wordEnd = start;
  while (wordEnd < end && isArabicLetter(text.charCodeAt(wordEnd))) wordEnd++;
  const found = headOfWord(text, start, wordEnd);
  if (!found || found.prefix.article) return undefined;
  const words: Word[] = [];
  let w = wordAfter(text, wordEnd, end);
  const only = ONLY_BEFORE.get(found.head);
  if (only && !(w && only.has(w.w))) return undefined;
  for (; w && words.length < maxWords - 1; w = wordAfter(text, w.end, end)) {
    if (NOT_A_NOUN.has(w.w)) break;
    const bad =
      isDefinite(w.w) ||
      NOT_IN_NAME.has(w.w) ||
      looksLikeVerb(w.w) ||
      w.w.startsWith('و') ||
      w.w.length < 2 ||
      /(?:ها|هم|هما)$/.test(w.w);
    if (bad) return undefined;
    words.push(w);
  }
  if (words.length === 0) return undefined;
  const last = words[words.length - 1]!;
  // (`منتدى عام 2013`: a year, not a proper name, after the head.)
  if (YEAR_WORDS.has(last.w)) return undefined;
  // What follows the name: the end, a mark or a digit (no word one space after it), or a word that is no noun (`في`,
  // `من`). Another noun would go on with the name.
  const next = wordAfter(text, last.end, end);
  if (next && !NOT_A_NOUN.has(next.w)) return undefined;
  const names = [found.head, ...words.map((x) => x.w)];
  if (NOT_A_BODY.some((n) => startsWithWords(names, n))) return undefined;
  const name = names.join(' ');
  return {
    start: start + found.prefix.clitic,
    end: last.end,
    name: gazetteerFor('ar')?.byKey.get(name)?.canonical ?? name,
  };
}
