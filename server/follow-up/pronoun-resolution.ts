import { extractAcronyms } from '../../vectors/lexical/acronyms';
import { isPartyNoun } from '../../vectors/lexical/party-nouns';
import { stem } from '../../vectors/lexical/porter-stemmer';
import { bareWord, DEMONSTRATIVES, isAdverb, isVerbLike, KIND_ALTERNATION, PREPOSITIONS, questionWords } from '../../vectors/query/word-classes';
import { antecedentsOf, type Antecedent } from './antecedents';
import { ATTRIBUTE_PREDICATE } from './attribute-nouns';
import type { Anaphor, FollowUpCues } from './follow-up-cues';
import { answeredAs, type FollowUpTurn } from './follow-up-turn';

/**
 * What a follow-up is read against: the previous standalone question, the turns looked back on (most recent first),
 * and their questions, answers and quotes, where acronyms are spelled out.
 */
export type Context = { previous: string; turns: FollowUpTurn[]; texts: string[] };

function resolveName(antecedent: Antecedent, context: Context): string {
  if (!/^\p{Lu}{2,}s?$/u.test(antecedent.text)) return antecedent.text;
  // Spelled out as first defined in the conversation; acronyms are keyed without a plural "s".
  return extractAcronyms(context.texts, 'capitalised').get(antecedent.text.replace(/s$/, '')) ?? antecedent.text;
}

/** The antecedents of each turn looked back on, by number: read once per follow-up, however many pronouns it has. */
type TurnAntecedents = { count: number; of: (turn: number, plural: boolean) => Antecedent[] };

function turnAntecedents(context: Context): TurnAntecedents {
  const questions = context.turns.map(answeredAs);
  const read = new Map<string, Antecedent[]>();
  const of = (i: number, plural: boolean) => {
    const key = `${i}:${plural}`;
    if (!read.has(key)) read.set(key, antecedentsOf(questions[i], context.turns[i].citations, plural, { earlier: questions.slice(i + 1) }));
    return read.get(key)!;
  };
  return { count: context.turns.length, of };
}

/**
 * The best antecedent for the anaphor, other than those `taken` by other pronouns; "they" is never IOM alone, and an
 * `agreeing` one has the anaphor's number (the second of "they … them" has no fallback).
 */
function pick(anaphor: Anaphor, turns: TurnAntecedents, taken: ReadonlySet<string>, agreeing = false, ofAttribute = false): Antecedent | null {
  for (let i = 0; i < turns.count; i++) {
    const candidates = turns.of(i, anaphor.plural).filter(
      (a) =>
        !taken.has(a.text.toLowerCase()) &&
        // "this" and "that" alone stand for a thing or an idea, never for IOM ("the gender side of this"), nor for where.
        !((anaphor.plural || (DEMONSTRATIVES.has(anaphor.word) && !anaphor.noun)) && a.generic) &&
        !(DEMONSTRATIVES.has(anaphor.word) && !anaphor.noun && a.circumstance) &&
        !(a.numberFixed && a.plural !== anaphor.plural) &&
        (!agreeing || (a.plural === anaphor.plural && a.kind !== 'section')),
    );
    const fitting = anaphor.noun
      ? candidates.find((a) => a.text.toLowerCase().split(/\s+/).some((w) => w.replace(/s$/, '') === anaphor.noun!.replace(/s$/, '')))
      : ((ofAttribute ? candidates.find((a) => a.attribute) : undefined) ?? candidates[0]);
    if (fitting) return fitting;
    if (anaphor.noun) return null;
  }
  return null;
}

/** What an event or a project does or has done to it, never the Organization: cost, take place, be held, last, be attended. */
const EVENT_PREDICATE = /\b(?:cost|costs|costed|take place|takes place|took place|taken place|held|last|lasts|lasted|attended|was it for|is it for|were it for)\b/i;

const KIND_OF_IT = new RegExp(String.raw`\b(?:what|which) (?:${KIND_ALTERNATION}) of ([\p{L}-]+) (?:is|was|were|are) it\b`, 'iu');

/** "What kind of training was it?": the kind of thing "it" is, unless a kind of person or organisation. */
function kindOfThing(body: string): boolean {
  const noun = KIND_OF_IT.exec(body)?.[1];
  return noun !== undefined && !isPartyNoun(noun.toLowerCase());
}

/** No clause opens between the follow-up's pronouns ("Where do they go when IOM resettles them?" has two). */
function oneClause(words: string[], anaphora: readonly Anaphor[]): boolean {
  const at = anaphora.map((a) => a.index);
  return !words.slice(Math.min(...at), Math.max(...at)).some((w) => /^(?:when|after|before|if|because|while|once|since|until|where|as|and|but|so)$/i.test(bareWord(w)));
}

/** The comma, semicolon or colon a word ends with ("it," in "Were it easier to apply it, would …"). */
const trailingPunctuation = (word: string | undefined) => /[,;:]+$/.exec(word ?? '')?.[0] ?? '';

/** Whether a verb of the follow-up is a word of the description, as a stem ("performed" ~ "IOM performed in 2009"). */
function sharesVerb(words: string[], description: string): boolean {
  const described = new Set(questionWords(description).map((w) => stem(bareWord(w))));
  return words.some((w) => /^\p{Ll}/u.test(w) && isVerbLike(w) && described.has(stem(bareWord(w))));
}

/** An adverb that can follow a noun phrase; "first" and "last" are adjectives in "its first meeting". */
const adverbAfterNoun = (word: string) => isAdverb(word) && word !== 'first' && word !== 'last';

/**
 * Where the noun an owner word governs ends ("its annual sessions, how many …" → after "sessions"): at a comma, a
 * capital, a preposition, a verb or an adverb ("its main focus recently").
 */
function ownedNounEnd(words: string[], from: number): number {
  let end = from;
  while (end < words.length && /^\p{Ll}/u.test(words[end]) && !PREPOSITIONS.has(bareWord(words[end])) && !isVerbLike(words[end]) && !adverbAfterNoun(bareWord(words[end]))) {
    end++;
    if (/[,;:]$/.test(words[end - 1])) break; // "its annual sessions, how many …"
  }
  return end;
}

/** Replaces pronouns with what they stand for: "its workshops" → "the workshops of the International Dialogue on Migration". */
export function resolvePronouns(body: string, cues: FollowUpCues, context: Context): string {
  const words = questionWords(body);
  const end = /[?.!]+$/.exec(body.trim())?.[0] ?? '';
  const replaced = [...words];
  const skip = new Set<number>();
  // "Who does it co-chair them with?": a singular and a plural pronoun (not an owner: "its", "their") stand for different
  // things, and the plural one, which agreement narrows more, is read first ("them" the task forces, so "it" is IOM, not
  // the task force again).
  const taken = { plural: new Set<string>(), singular: new Set<string>() };
  const order = [...cues.anaphora].sort((a, b) => Number(b.plural && !b.possessive) - Number(a.plural && !a.possessive));
  // "What options do they aim to give them?": "they" and "them" in one clause are two things ("themselves" would be one).
  const takenAs = new Map<string, string>();
  const turns = turnAntecedents(context);
  const inOneClause = oneClause(words, order);
  const ofAttribute = ATTRIBUTE_PREDICATE.test(body);
  const saidOfEvent = EVENT_PREDICATE.test(body) || kindOfThing(body);
  for (const anaphor of order) {
    const other = anaphor.plural ? taken.singular : taken.plural;
    const otherCase = inOneClause ? [...takenAs].filter(([, word]) => anaphor.word !== word && /^the(?:y|m)$/.test(anaphor.word)).map(([text]) => text) : [];
    // "Where was that?" is one thing: a demonstrative alone next to a singular verb agrees in number, or stays ("did
    // that bring down costs" may still be the websites that were set up).
    const singularVerb = [words[anaphor.index - 1], words[anaphor.index + 1]].some((w) => /^(?:is|was|has|does)$/i.test(bareWord(w ?? '')));
    const agreeing = otherCase.length > 0 || (DEMONSTRATIVES.has(anaphor.word) && !anaphor.noun && singularVerb);
    const antecedent = pick(anaphor, turns, new Set([...other, ...otherCase]), agreeing, ofAttribute);
    if (!antecedent) continue;
    // "How much did it cost?", "Where was it held?" after "How many migrants did IOM train in 2009?": what costs or is
    // held is the training, an event, not the Organization; "it" stays rather than read as IOM.
    // "What kind of training was it?" says what "it" is, and the Organization is no training.
    if (antecedent.generic && !anaphor.possessive && !anaphor.plural && saidOfEvent) continue;
    if (!anaphor.possessive) (anaphor.plural ? taken.plural : taken.singular).add(antecedent.text.toLowerCase());
    if (/^the(?:y|m)$/.test(anaphor.word)) takenAs.set(antecedent.text.toLowerCase(), anaphor.word);
    const named = resolveName(antecedent, context);
    // "IOM's workshop" has its determiner already.
    const owned = /^\S+['’]s\s/.test(named);
    // "How many of them were women?": which people the previous question counted, not just "the people"; unless the
    // follow-up says again what they did ("Where were they performed?").
    const described = anaphor.plural && antecedent.described && !sharesVerb(words, antecedent.described) ? antecedent.described : null;
    const name = described ?? named;
    // A phrase takes "the", unless it joins names ("IOM and the UN Alliance of Civilizations").
    const withArticle = !owned && (antecedent.article || (antecedent.kind === 'phrase' && !/^\p{Lu}\S*\s+and\s/u.test(name))) ? `the ${name}` : name;
    // "its courses" (words up to `end`) → "the courses of <owner>".
    const ownedOf = (end: number) => {
      replaced[anaphor.index] = `the ${words.slice(anaphor.index + 1, end).join(' ').replace(/[,;:]+$/, '')} of ${withArticle}${trailingPunctuation(words[end - 1])}`;
      for (let k = anaphor.index + 1; k < end; k++) skip.add(k);
    };
    if (anaphor.noun) {
      const nounAt = anaphor.nounAt ?? anaphor.index + 1;
      replaced[anaphor.index] = withArticle + trailingPunctuation(words[nounAt]);
      for (let k = anaphor.index + 1; k <= nounAt; k++) skip.add(k);
    } else if (anaphor.possessive && anaphor.plural) {
      // "their purpose" → "the purpose of health assessments"; "their total value" → "the total value of the projects"
      const end = ownedNounEnd(words, anaphor.index + 1);
      if (end > anaphor.index + 1) ownedOf(end);
    } else if (anaphor.possessive) {
      // "its courses" → "the courses of the Centre in Tanzania" when the name has a preposition ("the Centre in
      // Tanzania's courses" would own by Tanzania), else "the Berne Initiative's secretariat", "IOM's".
      const end = ownedNounEnd(words, anaphor.index + 1);
      // The run may stop short of a noun that is also a verb ("its main | focus"); a plural ("its courses | cover")
      // is a whole noun.
      const wholeNoun = end < words.length && isVerbLike(words[end]) ? /[^s]s[,;:]*$/.test(words[end - 1]) : true;
      const nameHasPreposition = name.split(/\s+/).some((w, k) => k > 0 && (PREPOSITIONS.has(w) || w === 'and'));
      const ownedByOf =
        !owned && nameHasPreposition && end > anaphor.index + 1 && wholeNoun && bareWord(words[anaphor.index + 1]) !== 'own' && bareWord(words[end] ?? '') !== 'of';
      if (ownedByOf) {
        ownedOf(end);
      } else {
        replaced[anaphor.index] = owned ? `${name}'s` : `${antecedent.article || antecedent.kind !== 'name' ? `the ${name}` : name}${/[^s]s$/.test(name) ? '’' : "'s"}`;
      }
    } else {
      replaced[anaphor.index] = withArticle + trailingPunctuation(words[anaphor.index]);
    }
  }
  return replaced.filter((_, i) => !skip.has(i)).join(' ') + end;
}
