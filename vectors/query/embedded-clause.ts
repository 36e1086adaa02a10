import { COMMON_VERBS } from './common-verbs';
import { parseWhQuestion, passiveParticipleAt, splitSubject, verbalSplit } from './question-grammar';
import { ADJECTIVE_ENDINGS, BE_AUX, DEMONSTRATIVES, DETERMINERS, DO_AUX, HAVE_AUX, isAdverb, isAux, isVerbLike, lowerFirst, MID_ADVERBS, MODALS, PREPOSITIONS, questionWords } from './word-classes';
import { isParticiple, pastTense, thirdPerson } from './verb-forms';

/**
 * A question restated as an embedded clause, for "The reports do not say …" and for the dense query
 * (`dense-query.ts`): the auxiliary put back after the subject, a do-verb inflected.
 */

const lower = (word: string) => word.toLowerCase();
/** Pronouns that are a whole subject after be, have or a modal ("is it", "will they"). */
const SUBJECT_PRONOUN = /^(?:it|they|he|she|we|you|this|these|those)$/i;

/** The verb a do-auxiliary stood for: "did" + "resettle" → "resettled", "does" + "train" → "trains". */
function inflect(verb: string, aux: string): string {
  const a = lower(aux);
  if (a === 'did') return pastTense(verb);
  if (a === 'does') return thirdPerson(verb);
  return verb;
}

/**
 * Where the participle of "has …" ends the subject ("IOM | implemented", "any of them already | come up"): the
 * first past participle, or "been", after the subject's first word that no article or owner makes an adjective
 * ("the revised Strategy"); -1 when there is none.
 */
function perfectParticipleAt(rest: string[]): number {
  return rest.findIndex(
    (w, k) =>
      k > 0 &&
      /^\p{Ll}/u.test(w) &&
      !/ing$/.test(w) &&
      (lower(w) === 'been' || isParticiple(w.replace(/[,;:]$/, ''))) &&
      !DETERMINERS.has(lower(rest[k - 1])) &&
      !/['’]s$/.test(rest[k - 1]),
  );
}

/**
 * The words with the auxiliary moved before the participle at `participle`, and before a mid-sentence adverb right
 * before it ("IOM was first set up", "IOM has ever raised", "IOM has most recently helped"); null when there is no
 * participle after the first word.
 */
function auxBeforeParticiple(rest: string[], aux: string, participle: number): string[] | null {
  if (participle < 1) return null;
  let verbPhrase = participle;
  while (verbPhrase > 1 && (MID_ADVERBS.has(lower(rest[verbPhrase - 1])) || (verbPhrase < participle && lower(rest[verbPhrase - 1]) === 'most'))) verbPhrase--;
  return [...rest.slice(0, verbPhrase), aux, ...rest.slice(verbPhrase)];
}

/**
 * Endings of adjectives ("important", "different", "relevant", "effective", "necessary"), read off a word with no
 * plural "-s": the grammar's, and some that as often end nouns ("migrant"), which a demonstrative is read before.
 */
const ADJECTIVE_ENDING = new RegExp(`(?:${[...ADJECTIVE_ENDINGS, 'ant', 'ent', 'ory', 'ish'].join('|')})$`);

/**
 * Whether a demonstrative opens a noun phrase ("this project important", "those curricula available", "this figure in
 * 2008") rather than being the subject itself ("these important", "this different from", "this a priority", "this so
 * important", "this needed", "this due to be finished"): the word after it is lower-case and no article, adverb,
 * preposition, participle or adjective by its ending (a plural "-s" word is a noun), and "to" does not follow it.
 */
function opensNounPhrase(rest: string[]): boolean {
  if (!DEMONSTRATIVES.has(lower(rest[0])) || rest.length < 2) return false;
  const next = rest[1];
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(next) || DETERMINERS.has(next) || isAdverb(next) || PREPOSITIONS.has(next) || /^(?:so|more|less|most|very|too)$/.test(next)) return false;
  if (lower(rest[2] ?? '') === 'to') return false;
  const plural = /[^s']s$/.test(next);
  if (!plural && (isParticiple(next) || isVerbLike(next) || ADJECTIVE_ENDING.test(next))) return false;
  return true;
}

const join = (...parts: (string | string[])[]) =>
  parts
    .flat()
    .filter((p) => p !== '')
    .join(' ');

/**
 * The question as an embedded clause, for "The reports do not say …":
 * "How many migrants did IOM resettle in 2015?" → "how many migrants IOM resettled in 2015";
 * "When was the Strategy approved?" → "when the Strategy was approved"; "Does IOM …?" → "whether IOM …".
 * Null when the question's shape is not recognised.
 */
export function toEmbeddedClause(question: string): string | null {
  const parsed = parseWhQuestion(question);
  if (parsed) {
    const head = lowerFirst(join(parsed.prefix, parsed.wh));
    const { aux, rest } = parsed;
    if (!aux) return rest.length > 0 ? join(head, rest) : null;
    if (rest.length === 0) return null;
    const a = lower(aux);
    if (DO_AUX.has(a)) {
      const sv = verbalSplit(rest);
      return sv ? join(head, sv.subject, inflect(sv.verb, a), sv.tail) : null;
    }
    // "How many migrants were trained": the wh-phrase is the subject. "In how many countries has IOM been …": it is not.
    const whIsSubject = /^\p{Ll}/u.test(rest[0]) && (isParticiple(rest[0]) || COMMON_VERBS.has(lower(rest[0])) || /(?:ed|ing)$/.test(rest[0]));
    const whWord = lower(parsed.wh[0]);
    if (whIsSubject && (parsed.whNoun.length > 0 || whWord === 'who' || whWord === 'what' || whWord === 'which')) return join(head, aux, rest);
    // "When is it due to be finished?" → "when it is due to be finished": a pronoun is the whole subject; a demonstrative
    // before a noun is not ("those curricula", "this project"): its noun phrase ends at a participle or a verb, found
    // below, or else, after be, it is the demonstrative and its noun ("in which languages those curricula are available").
    if (SUBJECT_PRONOUN.test(rest[0]) && rest.length > 1) {
      if (!opensNounPhrase(rest)) return join(head, rest[0], aux, rest.slice(1));
      if (BE_AUX.has(a) && passiveParticipleAt(rest, 2) < 0) return join(head, rest.slice(0, 2), aux, rest.slice(2));
    }
    // "In which cities will the workshops be held?" → "… the workshops will be held": a modal goes before its "be".
    // Not a "be" of a relative clause ("people who have been trafficked").
    const relativeAt = rest.findIndex((w) => /^(?:who|which|that|whom|whose)$/i.test(w));
    const main = relativeAt < 0 ? rest : rest.slice(0, relativeAt);
    const be = MODALS.has(a) ? main.findIndex((w, k) => k > 0 && /^(?:be|have)$/.test(w)) : -1;
    if (be > 0) return join(head, rest.slice(0, be), aux, rest.slice(be));
    // "Through what fund can IOM help …?", "How many migrants will IOM train?": the modal's subject ends at its verb.
    const modal = MODALS.has(a) ? verbalSplit(rest) : null;
    if (modal) {
      // "people on the move still | help": the modal goes before the adverb, "could still help".
      let end = modal.subject.length;
      while (end > 1 && MID_ADVERBS.has(lower(modal.subject[end - 1]))) end--;
      return join(head, modal.subject.slice(0, end), aux, modal.subject.slice(end), modal.verb, modal.tail);
    }
    // "How many projects has IOM implemented …": the subject ends at the participle.
    if (HAVE_AUX.has(a)) {
      const perfect = auxBeforeParticiple(rest, aux, perfectParticipleAt(rest));
      if (perfect) return join(head, perfect);
    }
    // "How many migrants were there in 2000?" → "how many migrants there were in 2000".
    if (lower(rest[0]) === 'there' && BE_AUX.has(a)) return join(head, rest[0], aux, rest.slice(1));
    if (parsed.whNoun.length > 0) {
      // "In how many countries were assessments performed?" → "… assessments were performed".
      const participle = passiveParticipleAt(rest, 1);
      return participle > 0 ? join(head, rest.slice(0, participle), aux, rest.slice(participle)) : join(head, aux, rest);
    }
    if (MODALS.has(a)) return null;
    // The subject comes first, so the participle that ends it is after the first word.
    const passive = auxBeforeParticiple(rest, aux, passiveParticipleAt(rest, 1));
    if (passive) return join(head, passive);
    if (whWord === 'why' || whWord === 'how') return null;
    // "What was the Consultation a follow-up to?" → "what the Consultation was a follow-up to": the subject ends
    // before what it is said to be (not "the budget of a project", an article after a preposition).
    const complement = rest.findIndex((w, k) => k > 0 && /^an?$/i.test(w) && !PREPOSITIONS.has(lower(rest[k - 1])));
    // Not a relative clause: "What is the fee an applicant pays?" has a verb of its own.
    const relative = rest.some((w, k) => k > 0 && /^\p{Ll}/u.test(w) && isVerbLike(w));
    if (complement > 0 && !relative) return join(head, rest.slice(0, complement), aux, rest.slice(complement));
    // "What was the resolution about?" → "what the resolution was about": a stranded preposition stays last.
    const stranded = rest.length > 1 && PREPOSITIONS.has(lower(rest[rest.length - 1]));
    return stranded ? join(head, rest.slice(0, -1), aux, rest[rest.length - 1]) : join(head, rest, aux);
  }
  const tokens = questionWords(question);
  if (tokens.length < 3 || !isAux(tokens[0])) return null;
  const a = lower(tokens[0]);
  const rest = tokens.slice(1);
  // "Has IOM volunteered to run …" → "whether IOM has volunteered to run …", not "IOM volunteered to has run".
  const perfect = HAVE_AUX.has(a) ? auxBeforeParticiple(rest, a, perfectParticipleAt(rest)) : null;
  if (perfect) return join('whether', perfect);
  // After be or have the word after the subject is a complement or an adverb ("Is there a fund …", "Has IOM ever
  // raised …"), not a verb to check.
  const sv = DO_AUX.has(a) || MODALS.has(a) ? verbalSplit(rest) : splitSubject(rest);
  if (!sv) return null;
  return DO_AUX.has(a) ? join('whether', sv.subject, inflect(sv.verb, a), sv.tail) : join('whether', sv.subject, a, sv.verb, sv.tail);
}
