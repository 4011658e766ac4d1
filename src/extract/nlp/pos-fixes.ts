/** Corrections to wink's tags where its errors would break clause reading. */
import type { Token } from './document';

const MODALS = new Set([
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  "'ll",
  'wo',
  'ca',
]);

export function correctPartsOfSpeech(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (MODALS.has(token.lower) || (token.lower === 'to' && token.pos === 'PART')) verbAfter(tokens, i);
    if (token.pos === 'AUX' && /^(have|has|had|having)$/.test(token.lower)) participleAfterHave(tokens, i);
    if (token.pos === 'NOUN') verbBetweenNames(tokens, i);
    if (token.pos === 'NOUN') pastTenseBeforeObject(tokens, i);
    if ((token.lower === 'which' || token.lower === 'who') && token.pos !== 'NOUN')
      verbAfterRelative(tokens, i);
  }
}

/** "Belarus, which borders Russia": a noun-looking word right after a relative pronoun is its verb. */
function verbAfterRelative(tokens: Token[], relative: number): void {
  const next = tokens[relative + 1];
  const after = tokens[relative + 2];
  if (next === undefined || after === undefined || next.sentence !== tokens[relative]?.sentence) return;
  if (
    next.pos === 'NOUN' &&
    next.text === next.lower &&
    /s$/.test(next.text) &&
    after.pos !== 'VERB' &&
    after.pos !== 'AUX'
  ) {
    next.pos = 'VERB';
  }
}

/** "had shot Kennedy": after a perfect auxiliary, a noun-looking word before a name is the participle. */
function participleAfterHave(tokens: Token[], auxiliary: number): void {
  const next = tokens[auxiliary + 1];
  const after = tokens[auxiliary + 2];
  if (next === undefined || after === undefined || next.sentence !== tokens[auxiliary]?.sentence) return;
  if (
    (next.pos === 'NOUN' || next.pos === 'ADJ') &&
    next.text === next.lower &&
    (after.pos === 'PROPN' || after.pos === 'DET' || after.pos === 'PRON')
  ) {
    next.pos = 'VERB';
  }
}

/** "Belarus borders Russia": a plural-looking noun between two names is the verb of the clause. */
function verbBetweenNames(tokens: Token[], i: number): void {
  const token = tokens[i] as Token;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before === undefined || after === undefined || token.text !== token.lower || !/[^s]s$/.test(token.text))
    return;
  if (before.sentence !== token.sentence || after.sentence !== token.sentence) return;
  if (
    before.pos === 'PROPN' &&
    (after.pos === 'PROPN' || after.pos === 'DET') &&
    tokens[i - 2]?.pos !== 'DET'
  )
    token.pos = 'VERB';
}

/** Past tenses that are also nouns: "Oswald shot Kennedy", "who shot John Lennon". */
const PAST_TENSES: Readonly<Record<string, string>> = {
  shot: 'shoot',
  hit: 'hit',
  struck: 'strike',
  led: 'lead',
  fought: 'fight',
  won: 'win',
  beat: 'beat',
};
const SUBJECT_WORDS = new Set(['who', 'which', 'that', 'he', 'she', 'they', 'it', 'we', 'i']);

/** A past tense wink reads as a noun, between a subject and an object, is the clause's verb. */
function pastTenseBeforeObject(tokens: Token[], i: number): void {
  const token = tokens[i] as Token;
  const lemma = PAST_TENSES[token.lower];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (lemma === undefined || before === undefined || after === undefined || token.text !== token.lower)
    return;
  if (before.sentence !== token.sentence || after.sentence !== token.sentence) return;
  const subject = before.pos === 'PROPN' || SUBJECT_WORDS.has(before.lower);
  const object =
    after.pos === 'PROPN' || after.pos === 'DET' || after.pos === 'PRON' || after.text !== after.lower;
  if (!subject || !object || tokens[i - 2]?.pos === 'DET') return;
  token.pos = 'VERB';
  (token as { lemma: string }).lemma = lemma;
}

/** "will close": wink sometimes reads the verb after a modal as an adjective or a noun. */
function verbAfter(tokens: Token[], modal: number): void {
  let j = modal + 1;
  while (j < tokens.length && (tokens[j]?.pos === 'ADV' || tokens[j]?.lower === 'not') && j < modal + 4)
    j += 1;
  const next = tokens[j];
  if (next === undefined || next.sentence !== tokens[modal]?.sentence) return;
  if ((next.pos === 'ADJ' || next.pos === 'NOUN') && next.text === next.lower && /^[a-z]+$/.test(next.text)) {
    next.pos = 'VERB';
  }
}
