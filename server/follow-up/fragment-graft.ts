import { parseWhQuestion, splitSubject, verbalSplit, WH_SHARPENERS, type SubjectVerb } from '../../vectors/query/question-grammar';
import { BE_AUX, DO_AUX, MODALS, PREPOSITIONS, questionWords } from '../../vectors/query/word-classes';
import { graftAsPassive } from './passive-graft';
import { capitalise, stripEnd } from './question-text';

/** A wh-fragment that asks about a whole clause, not one of its nouns. */
const ADVERBIAL_WH = new RegExp(`^(?:(?:since|until|from|till)\\s+)?(?:why|when|where|how)(?:\\s+(?:${[...WH_SHARPENERS].join('|')}))?$`, 'i');

/** Prepositions that end a clause as adverbs ("published before", "held since"), never stranded there. */
const ADVERB_PREPOSITIONS = new Set(['before', 'after', 'since']);
/** Two prepositions that make one ("from within its budget", "from among"): the first is not stranded. */
const COMPOUND = /^from (?:within|among|across|under|beyond)$/i;

/**
 * The clause with the noun the previous question asked for put back as its object: after the verb ("put the subject
 * first"), or after a preposition the question left stranded ("work with the countries", "rely on programmes").
 */
function withObject(sv: SubjectVerb, object: string[]): string[] {
  const { tail } = sv;
  const isPreposition = (w: string | undefined) => w !== undefined && PREPOSITIONS.has(w.toLowerCase());
  // Stranded: no object after it, so the end or another preposition ("work with | in the region"), unless the two make
  // one ("from within").
  const stranded = tail.findIndex(
    (w, k) => isPreposition(w) && (k === tail.length - 1 ? !ADVERB_PREPOSITIONS.has(w.toLowerCase()) : isPreposition(tail[k + 1]) && !COMPOUND.test(`${w} ${tail[k + 1]}`)),
  );
  const at = stranded + 1;
  return [...sv.subject, sv.verb, ...tail.slice(0, at), ...object, ...tail.slice(at)];
}

/**
 * Grafts a wh-fragment ("In how many countries", "Why") onto the previous question:
 * "How many health assessments did IOM perform in 2009?" + "In how many countries?" →
 * "In how many countries did IOM perform health assessments in 2009?". Null when the previous
 * question's shape is not recognised.
 */
export function graft(fragment: string, previous: string): string | null {
  const head = capitalise(stripEnd(fragment));
  const parsed = parseWhQuestion(previous);
  if (!parsed) {
    const words = questionWords(previous);
    if (words.length < 2 || !/^(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would)$/i.test(words[0])) return null;
    // "Has IOM helped countries improve guardianship?" + "In which countries?": the fragment now asks for them.
    const asked = parseWhQuestion(head)?.whNoun.map((w) => w.toLowerCase()) ?? [];
    const body = words.slice(1);
    const at = asked.length === 0 ? -1 : body.findIndex((_, k) => k > 0 && asked.every((w, j) => body[k + j] === w));
    const without = (at > 0 ? [...body.slice(0, at), ...body.slice(at + asked.length)] : body).join(' ');
    return `${head} ${words[0].toLowerCase()} ${without}?`;
  }
  const { aux, rest, whNoun } = parsed;
  if (!aux) return ADVERBIAL_WH.test(head) ? graftAsPassive(head, parsed) : null;
  if (rest.length === 0) return null;
  // "In which countries did IOM open offices?" + "Since when?": "in which countries" only set where; the clause
  // without it is what the new adverb asks about ("Since when did IOM open offices?"). Another wh-phrase ("How
  // many?") would need the adjunct turned round; the caller concatenates instead.
  const asksAdverbially = ADVERBIAL_WH.test(head);
  if (parsed.prefix.length > 0 && whNoun.length > 0) return asksAdverbially ? [head, aux, ...rest].join(' ') + '?' : null;
  const whWord = parsed.wh[0].toLowerCase();
  const whIsObject = whNoun.length === 0 && (whWord === 'what' || whWord === 'who' || whWord === 'whom' || whWord === 'which');
  if (DO_AUX.has(aux.toLowerCase())) {
    // "Who does the IDM team up with …?" + "Why?": an adverb asks about the same clause, with its object left open.
    if (whIsObject && asksAdverbially) return [head, aux, ...rest].join(' ') + '?';
    // "What does IOM do about trafficking?" + "In which regions?": without its object the verb is left hanging.
    const sv = whIsObject ? null : splitSubject(rest);
    if (!sv) return null;
    // "Which subject did IOM put first?" + "Why?" → "Why did IOM put the subject first?": the asked-for noun, now known.
    const object = whNoun.length > 0 && (whWord === 'which' || whWord === 'what') ? ['the', ...whNoun] : whNoun;
    return [head, aux, ...withObject(sv, object)].join(' ') + '?';
  }
  if (whNoun.length > 0) {
    // "How many Migration Profiles had IOM completed …?": after have or a modal, a subject and its participle or verb
    // make the counted noun the object ("… had IOM completed Migration Profiles …"); after be it is the subject
    // ("How many migrants were trained?" → "In which countries were migrants trained?").
    // A modal's subject ends at its verb ("will the October 2007 workshop on labour mobility | focus on").
    const a = aux.toLowerCase();
    const split = BE_AUX.has(a) ? null : splitSubject(rest);
    const sv = BE_AUX.has(a) ? null : ((MODALS.has(a) ? verbalSplit(rest, split) : null) ?? split);
    if (sv) return [head, aux, ...withObject(sv, whNoun)].join(' ') + '?';
    return [head, aux, ...whNoun, ...rest].join(' ') + '?';
  }
  // "When was the seminar held?" + "Where?" works; "What is the IDM?" + "Why?" does not.
  return whIsObject ? null : [head, aux, ...rest].join(' ') + '?';
}
