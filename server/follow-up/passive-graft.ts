import { type WhQuestion } from '../../vectors/query/question-grammar';
import { PARTICLES, PREPOSITIONS } from '../../vectors/query/word-classes';
import { IRREGULAR_PAST_FORMS, isParticiple, pastTense, thirdPerson } from '../../vectors/query/verb-forms';
import { phrase } from './antecedent';

/**
 * "Who launched the Berne Initiative?" + "When?" (an adverbial fragment, as `head`) → "When was the Berne Initiative
 * launched?": an adverb asks about the deed, so the object becomes the subject of a passive. Only after "who" or
 * "what" alone (not "which countries joined …", whose wh-noun is the subject), for a past form that is also the
 * participle ("launched", "held"; not "wrote") and an object that opens with an article, an owner or a name; null
 * otherwise.
 */
export function graftAsPassive(head: string, parsed: WhQuestion): string | null {
  const [verb, ...after] = parsed.rest;
  if (parsed.prefix.length > 0 || parsed.whNoun.length > 0 || !verb || !/^\p{Ll}/u.test(verb)) return null;
  const since = /^since\b/i.test(head);
  const participle = participleOf(verb, since);
  if (!participle) return null;
  if (!after[0] || !/^(?:the|a|an|its|their|\p{Lu}.*)$/u.test(after[0])) return null;
  // The object runs to its first preposition outside a name ("the workshop | in Bangkok", but "the Global Forum on
  // Migration and Development"); what follows stays after the participle.
  const inName = (k: number) => /^\p{Lu}/u.test(after[k - 1]) && /^\p{Lu}/u.test(after[k + 1] ?? '');
  const ends = after.findIndex((w, k) => k > 0 && ((PREPOSITIONS.has(w.toLowerCase()) && w.toLowerCase() !== 'of' && !inName(k)) || PARTICLES.has(w.toLowerCase())));
  const object = ends > 0 ? after.slice(0, ends) : after;
  // Its number is its head's ("the Council of Ministers" is one council, "IOM and UNHCR" two bodies).
  const plural = phrase(object, 'phrase')?.plural ?? false;
  // "Since when has the Unit been hosted?"; else the past ("When was it launched?").
  const be = since ? [plural ? 'have' : 'has', ...object, 'been'] : [plural ? 'were' : 'was', ...object];
  return [head, ...be, participle, ...(ends > 0 ? after.slice(ends) : [])].join(' ') + '?';
}

/**
 * The participle of a past form that is one ("launched", "held"), or, when `presentToo` ("Since when?" goes with a
 * present: "Who hosts the Unit?"), of a present one ("hosts" → "hosted", "leads" → "led"); null for "wrote", "runs"
 * (→ "ran", no participle) and the like.
 */
function participleOf(verb: string, presentToo: boolean): string | null {
  if (/^\p{Ll}{3,}ed$/u.test(verb) || (IRREGULAR_PAST_FORMS.has(verb) && isParticiple(verb))) return verb;
  if (!presentToo || !/s$/.test(verb)) return null;
  const base = [verb.slice(0, -1), verb.slice(0, -2), `${verb.slice(0, -3)}y`].find((b) => b.length > 2 && thirdPerson(b) === verb);
  const past = base ? pastTense(base) : null;
  // A regular past ("hosted") is its participle; an irregular one only when the participle list knows it ("led").
  return past && (/ed$/.test(past) || isParticiple(past)) ? past : null;
}
