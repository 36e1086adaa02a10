import { parseWhQuestion, passiveParticipleAt, splitSubject } from '../../vectors/query/question-grammar';
import { AUXILIARIES, BE_AUX, DO_AUX, HAVE_AUX, isVerbLike, MODALS, PARTICLES, PREPOSITIONS, questionWords, SUBJECT_PRONOUNS } from '../../vectors/query/word-classes';
import { isParticiple } from '../../vectors/query/verb-forms';
import { ADVERBS, certainlyPlural, clean, DETERMINERS, isContentWord, isName, phrase, type Antecedent } from './antecedent';
import { opensWithAttribute } from './attribute-nouns';
import { describedWhNoun } from './described-wh-noun';
import { predicateNoun, withoutPredicateAdjective } from './predicate-noun';
import { requestedTopic } from './requests';
import { subjectAndVerb } from './subject-and-verb';

/** Where "the Y of X" splits, so "them" can be the X; not inside a name ("UN Alliance of Civilizations"). */
const ofSplit = (words: string[]) => words.findIndex((w, k) => w.toLowerCase() === 'of' && k > 0 && /^\p{Ll}/u.test(words[k - 1]));

/** "In which countries", "for which year": a wh-phrase after one of these sets where or when, and is no topic. */
const SETTING_PREPOSITION = /^(?:in|at|on|during|for|since|until|within|across|throughout)$/i;

const CLAUSE_OPENERS = /^(?:when|while|because|if|whereas|although|where|which|who|whom|whose)$/i;

/** Noun phrases the question is about: what "how many X" counts, what "What is X" defines, "the Y of X". */
export function phrases(question: string, words: string[]): Antecedent[] {
  const out: Antecedent[] = [];
  const add = (words: string[], topic = false, asked = false, circumstance = false, described: string | null = null) => {
    // "Who is on the Bali Process steering group?": the phrase is what the preposition governs.
    const governs = words.length > 2 && PREPOSITIONS.has(words[0].toLowerCase()) && (DETERMINERS.has(words[1].toLowerCase()) || isName(clean(words[1])));
    const list = governs ? words.slice(1) : words;
    // It ends at a preposition other than "of", or where a clause opens ("the IOM Council | when the Strategy …").
    const upTo = list.findIndex((w, k) => k > 0 && ((PREPOSITIONS.has(w.toLowerCase()) && w.toLowerCase() !== 'of') || CLAUSE_OPENERS.test(w)));
    const found = phrase(upTo > 0 ? list.slice(0, upTo) : list, 'phrase');
    // A time or place phrase ("in 2009") is nothing a pronoun can stand for.
    const meaningful = found && found.text.split(/\s+/).some((w) => isContentWord(w.toLowerCase())) && !/^(?:in|on|at|by|since|from|during|until|before|after)\s+\d/i.test(found.text);
    if (!found || !meaningful || !/\p{Ll}/u.test(found.text)) return;
    // A topic ends on a common noun ("the second IDM training session"), not on an adverb ("IOM first"), and is
    // no prepositional phrase ("in 2009").
    const head = found.text.split(/\s+/);
    const of = head.findIndex((w) => w.toLowerCase() === 'of');
    const last = head[(of > 0 ? of : head.length) - 1];
    const nounPhrase = !PREPOSITIONS.has(head[0].toLowerCase()) && /^\p{Ll}/u.test(last) && isContentWord(last) && !ADVERBS.test(last);
    const marked = circumstance ? { ...found, circumstance } : described && found.text === words.join(' ') ? { ...found, described } : found;
    out.push(topic && nounPhrase ? { ...marked, topic: true } : asked && nounPhrase ? { ...marked, asked: true } : marked);
  };
  const parsed = parseWhQuestion(question);
  if (parsed) {
    // What "which/what X did …" asks about, with its "of …" ("Which edition of IOM's flagship report …"); not "In
    // which country …", which only sets where, nor "how many X", which counts, nor the subject of "Which agency
    // co-chairs the Diversity Initiative?", whose object is what it is about.
    const whWord = parsed.wh[0].toLowerCase();
    const asked = parsed.prefix.length === 0 && parsed.aux !== null && (whWord === 'which' || whWord === 'what');
    if (parsed.whNoun.length > 0) add(parsed.whNoun, false, asked, SETTING_PREPOSITION.test(parsed.prefix.at(-1) ?? ''), describedWhNoun(question, parsed));
    const aux = parsed.aux?.toLowerCase();
    const rest = parsed.rest;
    const participle = aux ? passiveParticipleAt(rest) : -1;
    // "Which organizations put on …?", "Which States have ratified …?": the wh-noun is the subject, the verb opens the rest.
    // "Who attended the Bangkok seminar?" too: "who" with no auxiliary is the subject.
    // After a modal a lower-case word that opens no noun phrase is a verb, known or not ("Which Member States could sit
    // on …?"; not "What topic will the second workshop deal with?").
    const first = (rest[0] ?? '').toLowerCase();
    const afterModal = parsed.aux !== null && MODALS.has(parsed.aux.toLowerCase()) && !DETERMINERS.has(first) && !PREPOSITIONS.has(first) && !SUBJECT_PRONOUNS.has(first);
    const whSubject = (parsed.whNoun.length > 0 || (whWord === 'who' && !parsed.aux)) && rest.length > 1 && /^\p{Ll}/u.test(rest[0]) && (isVerbLike(rest[0]) || afterModal);
    // "… has IOM given its courses to migrants?": an active participle with its object reads like a verb after do, also
    // when a later one has none ("… has IOM given the trafficked persons it has assisted since 2007?").
    const activeParticipleBefore = (end: number) => rest.slice(1, end).some((w, k) => isParticiple(w) && !DETERMINERS.has(rest[k].toLowerCase()));
    const activePerfect = aux !== undefined && HAVE_AUX.has(aux) && (participle < 0 || activeParticipleBefore(participle));
    // "On whose behalf is IOM organizing the conference …?": a progressive, whose object is the topic as after do.
    const progressiveVerb = aux !== undefined && BE_AUX.has(aux) && participle < 0 ? splitSubject(rest)?.verb : undefined;
    const progressive = progressiveVerb !== undefined && /^\p{Ll}{2,}ing$/u.test(progressiveVerb);
    if (aux && !DO_AUX.has(aux) && !activePerfect && !progressive && !(afterModal && whSubject)) {
      // "Which workshop was held in 2005 …?": the participle opens the rest, so the wh-noun is the subject.
      const predicate = participle < 0 ? predicateNoun(rest, aux) : null;
      // "When will the workshop be held?": the subject ends before "be" (and "have been" after a modal).
      const beforeParticiple = participle > 0 ? rest.slice(0, participle) : [];
      while (beforeParticiple.length > 1 && /^(?:be|been|have)$/i.test(beforeParticiple.at(-1)!)) beforeParticiple.pop();
      const subject = participle === 0 ? parsed.whNoun : participle > 0 ? beforeParticiple : predicate ?? withoutPredicateAdjective(rest, aux);
      const of = ofSplit(subject);
      // "the title of IOM's 2003 workshop": the workshop is the topic; the title is "it" only when something is said
      // of it ("Was it achieved?", `ATTRIBUTE_PREDICATE`).
      const attribute = opensWithAttribute(subject);
      if (of > 0) add(subject.slice(of + 1), attribute && predicate === null);
      const before = out.length;
      // What a name is said to be ("IOM the global lead of …") is no topic: "it" is still the name.
      add(subject, predicate === null && !attribute);
      if (attribute && out.length > before) out[out.length - 1] = { ...out[out.length - 1], attribute: true };
    } else if (aux && !((activePerfect || afterModal) && whSubject)) {
      const sv = subjectAndVerb(rest);
      if (sv && sv.tail.length > 0) {
        // "… help open an emergency transit centre": a bare verb before the object's article is a second verb.
        // So is any verb after "help" ("has it helped conclude bilateral labour agreements").
        const bare = /^\p{Ll}/u.test(sv.tail[0]) && !PREPOSITIONS.has(sv.tail[0]);
        const secondVerb = bare && ((sv.tail.length > 2 && DETERMINERS.has(sv.tail[1].toLowerCase())) || (sv.tail.length > 1 && /^help/i.test(sv.verb) && isVerbLike(sv.tail[0])));
        const afterVerb = secondVerb ? sv.tail.slice(1) : sv.tail;
        // "help set up State-run websites": the particle is no part of the object.
        const tail = afterVerb.length > 1 && PARTICLES.has(afterVerb[0].toLowerCase()) ? afterVerb.slice(1) : afterVerb;
        // "… host the meeting of the major RCPs with?": "them" can be the RCPs.
        const of = ofSplit(tail);
        if (of > 0) add(tail.slice(of + 1));
        // "… set up so that the Organization can …": a clause, no object.
        if (!/^(?:so|because|if|when|while|as|to)$/i.test(tail[0] ?? '')) add(tail, true);
        // "did IOM and the UN Alliance of Civilizations create …": "they" can be the two.
        if (sv.subject.some((w) => w.toLowerCase() === 'and')) add(sv.subject);
      } else if (sv && sv.preposition > 0) {
        // "What links did the experts at the Bangkok seminar analyse?": no object, so the subject's nouns are what
        // it is about: "they" the experts, "it" the seminar.
        add(sv.subject, true);
        add(sv.subject.slice(sv.preposition + 1), true);
      } else if (sv) {
        // "What did the Bangkok seminar discuss?": no object, so the subject is what it is about. A plural subject
        // ("What did the GFMD roundtables discuss?") is "they", never "it": its number is certain.
        const added = out.length;
        add(sv.subject, true);
        if (out.length > added && out[added].plural && certainlyPlural(out[added].text)) out[added] = { ...out[added], numberFixed: true };
      }
    } else if (whSubject) {
      // The object after the verb and its particles is what the question is about.
      let k = 1;
      // "took part in the seminar": "part" is no object, what the preposition governs is.
      if (/^t(?:ake|akes|ook|aking)$/i.test(rest[0]) && /^(?:part|place)$/i.test(rest[1] ?? '')) k = 2;
      while (k < rest.length && (PREPOSITIONS.has(rest[k].toLowerCase()) || PARTICLES.has(rest[k].toLowerCase()))) k++;
      if (k < rest.length) add(rest.slice(k), true);
    }
  }
  const aux = words[0]?.toLowerCase() ?? '';
  const requested = requestedTopic(question);
  if (requested) {
    // "Tell me about the IOM training centre in Tanzania.", "Can you explain the 1035 Facility?": what it asks about.
    add(questionWords(requested), true);
  } else if (!parsed && BE_AUX.has(aux) && words[1]?.toLowerCase() === 'there' && words.length > 2) {
    // "Is there a report on the Bangkok seminar?": what it asks exists is what "it" then stands for ("Is there still
    // any data …": the adverb and the quantifier are no part of it).
    const after = words.slice(2);
    while (after.length > 1 && EXISTENTIAL_FILLERS.has(after[0].toLowerCase())) after.shift();
    add(after, true);
  } else if (!parsed && AUXILIARIES.has(aux) && !BE_AUX.has(aux)) {
    // "Does IOM put out an academic journal on migration?": the object is what it is about, as in a wh-question.
    const sv = subjectAndVerb(words.slice(1));
    // "put out an academic journal": the verb's particle is no part of its object. Only after a named subject ("Do
    // the Member States pay contributions?" is about the States).
    const object = sv ? sv.tail.slice(PARTICLES.has(sv.tail[0]?.toLowerCase() ?? '') ? 1 : 0) : [];
    const named = sv !== null && isName(clean(sv.subject[0] ?? ''));
    // An object, not where ("Does IOM work in Haiti?", "Does IOM take part in the Bali Process?").
    const direct = object.length > 0 && !PREPOSITIONS.has(object[0].toLowerCase());
    if (named && direct) add(object, true);
  }
  const of = words.findIndex((w) => w.toLowerCase() === 'of');
  if (of > 0 && out.length === 0) add(words.slice(of + 1));
  return out;
}

/** Words between "Is there" and what it asks exists: "Is there still a gap", "Are there any IOM projects". */
const EXISTENTIAL_FILLERS: ReadonlySet<string> = new Set(['any', 'some', 'still', 'also', 'already', 'ever', 'really', 'currently', 'now', 'yet', 'much', 'many']);
