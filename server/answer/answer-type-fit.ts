import { amounts, statesMoney } from './amount-signals';
import { dateNearTerm, definesTarget, givesReason, pointsToSource, statesDuration, statesFinding, statesPeriod } from './answer-signals';
import { isMonth } from './text/word-tokens';
import { describesParty, mayNameCity, namesAgent, namesOrganisation, namesPerson, namesPlace, properNames } from './name-signals';
import { placeForms } from '../../vectors/lexical/demonyms';
import { placesIn } from '../../vectors/lexical/places';
import { statesRole } from '../../vectors/lexical/role-verbs';
import type { Candidate } from './candidates';
import type { QuestionProfile } from './question-profile';
import type { TermStats } from './term-weights';

/** How well a candidate fits the kind of answer asked for. */
export type TypeFit = {
  bonus: number;
  /** What an answer cannot do without: an amount ("how many"), a date near the topic ("when"), a particular name ("who"), a place ("where"). */
  hard: boolean;
  /** What further sentences must also have: a name ("where"), a reason ("why"), a list, a definition. */
  soft: boolean;
  /** For "how many": the amount sits next to the thing counted. */
  nearTerm: boolean;
  /** The question asks for a kind of answer with a hard constraint (an amount, a date, a name, a place). */
  constrained: boolean;
};

/** The kinds of answer `hard` checks. */
const CONSTRAINED_TYPES = ['quantity', 'when', 'who', 'person', 'place', 'where'] as const;

export type TypeFitContext = {
  profile: QuestionProfile;
  questionKeys: ReadonlySet<string>;
  /** The question's keys with the places its place adjectives name ("Asian" → Asia). */
  placeKeys: ReadonlySet<string>;
  topicalKeys: ReadonlySet<string>;
  counted: ReadonlySet<string>;
  definitionTarget: ReadonlySet<string>;
  corpusStats: TermStats;
  /** A name found in at most this many passages is particular, not the Organization or Member States. */
  commonLimit: number;
};

export function typeFit(candidate: Candidate, ctx: TypeFitContext): TypeFit {
  const { tokens } = candidate;
  const types = ctx.profile.types;
  const fit: TypeFit = { bonus: 0, hard: true, soft: true, nearTerm: true, constrained: CONSTRAINED_TYPES.some((t) => types.has(t)) };
  const isList = candidate.kind === 'list';

  if (types.has('quantity')) {
    // Token offsets are in the passage text; the candidate's text is cleaned.
    // "How many staff does IOM have?" asks a count, which a share gives less well than a count of the staff; "How many
    // staff members are posted in the Field?" asks what part of them is so, which it gives, as for "how many per cent".
    const amount = amounts(tokens, ctx.counted, candidate.context.passage.text, ctx.profile.countsShare);
    // "How long did it run?" is answered by a length of time ("15 years", "two weeks") or a period ("(2007 to 2010)",
    // "since 1979"), not by any amount ("214 million migrants").
    const howLong = ctx.profile.asksHowLong;
    const period = howLong && statesPeriod(candidate.text);
    // "How much did it cost?" is answered by a sum of money, not by how many people it helped.
    // "How many of them were children?" is not answered by how many they were.
    // A length of time answers "how long" whether or not its count reads as an amount ("a one-year study").
    const stated = howLong ? statesDuration(candidate.text) : amount.stated || amount.share === true;
    fit.hard = (stated || period) && (!types.has('money') || statesMoney(candidate.text)) && (!ctx.profile.countsPart || amount.nearTerm);
    fit.nearTerm = amount.nearTerm;
    fit.bonus += (amount.stated || (howLong && stated) ? 0.2 : -0.15) + (amount.nearTerm ? 0.15 : 0);
  }
  if (types.has('when')) {
    // A date the question does not already state: "When did the 1998 amendments enter into force?" is not
    // answered by a sentence whose only date is 1998.
    const asked = new Set(ctx.profile.years);
    const dated = tokens.some((t) => (t.kind === 'year' && !asked.has(t.norm)) || isMonth(t)) && dateNearTerm(tokens, ctx.topicalKeys, asked, candidate.text);
    fit.hard &&= dated;
    fit.bonus += dated ? 0.2 : -0.1;
  }
  const names = types.has('who') || types.has('where') ? properNames(tokens, ctx.questionKeys) : [];
  if (types.has('who')) {
    // A rare name, whoever the sentence says did what the question asks ("endorsed by IOM Member States"), or a rare
    // kind of party it describes ("private recruiters").
    const verbKeys = new Set(ctx.profile.terms.filter((t) => t.verb).map((t) => t.key));
    const rare = (key: string) => (ctx.corpusStats.df.get(key) ?? 0) <= ctx.commonLimit;
    const particular = names.some((t) => rare(t.key)) || namesAgent(tokens, verbKeys, ctx.questionKeys) || describesParty(tokens, ctx.questionKeys, rare);
    fit.hard &&= particular;
    fit.bonus += particular ? 0.12 + (namesOrganisation(candidate.text) ? 0.08 : 0) : -0.1;
  }
  // "Who chairs the Board?", "Which government chaired the Forum?" are answered only by a sentence that says who holds
  // the role, not by one naming the Board and IOM.
  if (ctx.profile.role) fit.hard &&= statesRole(ctx.profile.role, candidate.text);
  if (types.has('finding')) {
    // "What did the Congress conclude?" is not answered by "The Congress was held in Barcelona".
    const finding = statesFinding(candidate.text);
    fit.hard &&= finding;
    fit.bonus += finding ? 0.1 : -0.1;
  }
  if (types.has('person')) {
    // "Who is IOM's Director General?" is answered by a person's name, not by what the Director General did.
    fit.hard &&= namesPerson(candidate.context.passage.text, tokens, ctx.questionKeys, (key) => (ctx.corpusStats.df.get(key) ?? 0) <= ctx.commonLimit);
  }
  if (types.has('place')) {
    // "Where was it held?" asks for a place; a sentence naming only bodies or titles does not say where.
    const place = namesPlace(candidate.text, tokens, ctx.placeKeys);
    fit.hard &&= place;
    fit.bonus += place ? 0.1 : 0;
  } else if (types.has('where')) {
    // "Which countries …?" is answered only by naming one the question does not; "which city" not by a country.
    const text = candidate.context.passage.text;
    // A place, or a place adjective ("the Portuguese Government").
    const namesAPlace =
      names.length > 0 &&
      (placesIn(names.map((t) => t.text)).length > 0 ||
        names.some((t) => placeForms(t.text).length > 0) ||
        namesPlace(candidate.text, tokens, ctx.placeKeys));
    fit.hard &&= namesAPlace && (!types.has('city') || mayNameCity(text, tokens, ctx.questionKeys));
    fit.soft &&= names.length > 0;
    fit.bonus += names.length > 0 ? 0.1 : 0;
  }
  if (types.has('source')) {
    // "Where can I find …?": a web address or the publication it appeared in.
    const source = pointsToSource(candidate.text);
    fit.soft &&= source;
    fit.bonus += source ? 0.3 : -0.1;
  }
  if (types.has('why')) {
    const reason = givesReason(candidate.text);
    fit.soft &&= reason;
    fit.bonus += reason ? 0.3 : -0.1;
  }
  if (types.has('list')) {
    const enumerates = isList || (candidate.text.match(/[;,]/g)?.length ?? 0) >= 3;
    fit.soft &&= enumerates || ctx.profile.asksKind;
    fit.bonus += isList ? 0.35 : enumerates ? 0.1 : 0;
  } else if (isList) {
    fit.bonus -= 0.15;
  }
  if (types.has('definition')) {
    const definition = definesTarget(candidate.context.passage.text, tokens, ctx.definitionTarget);
    fit.soft &&= definition.defines;
    fit.bonus += (definition.defines ? 0.2 : 0) + (definition.opens ? 0.1 : 0);
  }
  return fit;
}
