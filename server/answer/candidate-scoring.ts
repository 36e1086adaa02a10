import type { Passage } from '../../ingest/types';
import { aliasesFor, corpusDefinedAliases, phrasalAliases, placeAliases, shareAliases, spelledOutAliases, synonymAliases, widen } from './acronym-aliases';
import { typeFit } from './answer-type-fit';
import type { Candidate, PassageContext } from './candidates';
import { alreadyQuoted, focusProximity, type SourceSpan } from './focus-proximity';
import { followUpContext, type FollowUpContextSettings } from './follow-up-context';
import { groundingRoute, type GroundingRoute, type GroundingThresholds } from './grounding';
import { askedOrdinals, otherOrdinalsOnly } from './ordinal-fit';
import type { QuestionProfile } from './question-profile';
import { questionWeights, sum } from './question-weights';
import { semanticScore } from './semantic-evidence';
import type { TermStats } from './term-weights';
import { textForm } from './text-form';
import { yearFit } from './year-fit';
import { contentKeys, tokenize } from './text/word-tokens';

/**
 * What a question word found only through a synonym counts, against the word itself: a synonym in one sense may not
 * be the meaning asked ("edge" ↔ border), and a stem can join a noun to a verb's synonym ("Constitution" for
 * "established" via constitute). Half, in the rank as in the evidence; dev split, against full weight in the rank:
 * one question more answered (0.5 and 0.75 alike), none lost; at 0, two more and one lost.
 */
const SYNONYM_CREDIT = 0.5;

/** A sentence of the report the question names ("according to IOM's June 2007 note") ranks this much higher. */
export const NAMED_SOURCE_CREDIT = 0.2;

/** How a candidate answers the question; `score` ranks, `grounded` decides whether it may answer at all. */
export type ScoredCandidate = {
  candidate: Candidate;
  score: number;
  /** Share of the question's topical terms (corpus-weighted) in the candidate, half credit for the rest of its passage. */
  evidence: number;
  /** Share of the question's topical terms in the candidate itself (with the sentence "It …" points back to); a synonym counts half. */
  ownEvidence: number;
  /** Similarity of the question to the candidate's sentence (the retriever's unit scores), or null when unknown. */
  semantic: number | null;
  /** Every hard constraint (answer type, named year, number, rare name) is met and the evidence is enough by one route. */
  grounded: boolean;
  /** How it is grounded: enough of the question's words, or close in meaning; null when not grounded. */
  route: GroundingRoute | null;
  /** The candidate has what the question type asks for (a number, a date, a name, a reason, a list …). */
  typeMet: boolean;
  /** typeMet, and for "how many" the amount sits next to the thing counted. */
  typeStrong: boolean;
  /** For "how many" a particular thing, it is named in the candidate or its passage (`Evidence.countedNamed`). */
  countedNamed: boolean;
  /** The question names a year; the candidate names only other years. */
  otherYearsOnly: boolean;
  /** Share of the question's weight in naming words no report uses (the same for every candidate of a question). */
  unmatched: number;
  /** Why it is not grounded, for diagnostics: type, number, rare-name, place, year, list, context, ordinal, question, fragment, evidence. */
  reasons: string[];
};

export type ScoringSettings = GroundingThresholds & FollowUpContextSettings & {
  /** Weight of the question–sentence similarity in the rank score (full coverage of the question's terms weighs 1). */
  semanticWeight: number;
  /** Where the previous answer of a follow-up quoted (empty otherwise), its rank bonus and how far it reaches. */
  focus: readonly SourceSpan[];
  focusWeight: number;
  focusReach: number;
  repeatPenalty: number;
  /** In a follow-up, the previous turn's standalone question: an answer must come from where that conversation is. */
  previousQuestion?: string;
  /**
   * For a follow-up, the question as asked (before the rewrite): the words the rewrite brought in from the conversation
   * then count as the candidate's own when it sits near the previous answer.
   */
  askedWords?: string;
  /** The whole corpus, for acronyms the reports only spell out; absent without one. */
  passages?: readonly Passage[];
};

/**
 * How near the previous answer (`focusProximity`) a candidate must be for the conversation to stand for the words a
 * follow-up's rewrite brought in: about 600 characters in the same paragraph, or next to it across a break. Dev, 575
 * items: 0.2 and 0.5 gave the same answers but one.
 */
const CONVERSATION_NEAR = 0.2;

/** A word is "in most passages" only when it is in more than this many (see `inMostPassages`). */
const MIN_COMMON_PASSAGES = 20;

/**
 * Scores every candidate against the question: coverage of the question's content terms (IDF over the
 * retrieved passages), coverage by the rest of the passage, closeness in meaning (the retriever's unit
 * scores), the answer type (an amount for "how many", a date for "when", names for "who", a reason for
 * "why", a list for "list", a definition for "what is"), the year it names, and the passage's retrieval
 * rank. Grounding (`grounding.ts`) uses corpus-wide weights over the question's topical terms (years and
 * numbers are constraints, verbs count half) and the closeness in meaning.
 */
export function scoreCandidates(
  profile: QuestionProfile,
  candidates: Candidate[],
  contexts: PassageContext[],
  retrievedStats: TermStats,
  corpusStats: TermStats,
  settings: ScoringSettings,
): ScoredCandidate[] {
  const weights = questionWeights(profile, contexts, retrievedStats, corpusStats);
  const ordinals = askedOrdinals(profile.question);
  const inConversation = followUpContext(settings.previousQuestion, settings.focus, settings.focusReach, corpusStats, settings);
  const { keys, matchable, rankWeight, evidenceWeight, rankTotal, evidenceTotal, unmatched } = weights;
  const topical = profile.terms.filter((t) => t.kind === 'word');
  const topicalKeys = topical.map((t) => t.key);
  // Synonyms some report uses ("ballots" ↔ voting) count half (SYNONYM_CREDIT), in the rank as in the evidence.
  const synonyms = synonymAliases(profile, corpusStats);
  const places = placeAliases(profile);
  const aliases = [
    ...aliasesFor(profile, contexts),
    ...places,
    ...phrasalAliases(profile, corpusStats),
    ...shareAliases(profile),
    ...(settings.passages ? [...corpusDefinedAliases(profile, settings.passages), ...spelledOutAliases(profile, settings.passages, corpusStats)] : []),
  ];
  const fitContext = {
    profile,
    questionKeys: new Set(keys),
    // "Asia" is a place the question names when it says "Asian labour-sending countries".
    placeKeys: widen(new Set(keys), places),
    topicalKeys: widen(new Set(topicalKeys), aliases),
    counted: new Set(profile.countedKeys.length > 0 ? profile.countedKeys : topicalKeys),
    definitionTarget: new Set(profile.definitionKeys),
    corpusStats,
    commonLimit: Math.max(2, corpusStats.docs * 0.05),
  };
  // The words a follow-up's rewrite brought in from the conversation ("it" → "the Bangkok seminar"): near the previous
  // answer, the conversation already stands for them.
  const askedKeys = settings.askedWords !== undefined ? contentKeys(tokenize(settings.askedWords)) : null;
  const inherited = new Set(askedKeys ? keys.filter((k) => !askedKeys.has(k)) : []);
  const topScore = Math.max(0, ...contexts.map((c) => c.hit.score));
  const rareLimit = Math.max(2, corpusStats.docs * 0.02);
  const rareNames = topical.filter((t) => t.entity && (corpusStats.df.get(t.key) ?? 0) <= rareLimit).map((t) => t.key);
  // Only a corpus of some size tells a common word from a distinctive one: in one short report on the Centre, "Centre"
  // is in most passages and still names it.
  const inMostPassages = (k: string) => (corpusStats.df.get(k) ?? 0) > Math.max(MIN_COMMON_PASSAGES, corpusStats.docs / 2);
  const passageKeys = new Map(contexts.map((c) => [c, widen(new Set([...c.keys, ...c.headingKeys]), aliases)]));
  const precedingKeys = new Map(contexts.map((c) => [c, widen(new Set(c.precedingKeys), aliases)]));

  return candidates.map((candidate) => {
    const { context } = candidate;
    const ownKeys = widen(candidate.keys, aliases);
    const wholePassage = passageKeys.get(context)!;
    const inPassage = (k: string) => wholePassage.has(k);
    const preceding = precedingKeys.get(context)!;
    const inSection = (k: string) => inPassage(k) || preceding.has(k);
    const pointedTo = (candidate.refersBack || continuesItem(candidate)) && candidate.previous ? widen(candidate.previous.keys, aliases) : undefined;
    // A name shortened on second mention ("the Centre" for "the African Capacity-building Centre")
    // counts whole when its passage spells it out, and when the word kept tells it apart: "migration", which most
    // passages use, is no mention of the Migration Dialogue for Southern Africa.
    const shortened = new Set(profile.names.filter((name) => name.some((k) => ownKeys.has(k) && !inMostPassages(k)) && name.every(inPassage)).flat());
    // How near the previous answer's quotes, once per candidate: the follow-up credit and the rank both read it.
    const proximity = settings.focus.length > 0 ? focusProximity(candidate, settings.focus, settings.focusReach) : 0;
    const nearFocus = inherited.size > 0 && proximity >= CONVERSATION_NEAR;
    const inOwn = (k: string) => ownKeys.has(k) || shortened.has(k) || (pointedTo?.has(k) ?? false) || (nearFocus && inherited.has(k));

    // What the sentence it continues says counts half toward its rank.
    const withSynonyms = widen(ownKeys, synonyms);
    const borrowed = pointedTo ? 0.5 * sum(keys.filter((k) => !withSynonyms.has(k) && pointedTo.has(k)), rankWeight) : 0;
    const bySynonym = (k: string) => !inOwn(k) && withSynonyms.has(k);
    const rankCredit = (k: string) => rankWeight(k) * (bySynonym(k) ? SYNONYM_CREDIT : withSynonyms.has(k) ? 1 : 0);
    const coverage = rankTotal > 0 ? (sum(keys, rankCredit) + borrowed) / rankTotal : 0;
    const passageCoverage = rankTotal > 0 ? sum(keys.filter((k) => !withSynonyms.has(k) && inPassage(k)), rankWeight) / rankTotal : 0;
    const share = (found: (k: string) => boolean) => (evidenceTotal > 0 ? sum(matchable.filter(found), evidenceWeight) / evidenceTotal : 0);
    const ownShare = share(inOwn) + SYNONYM_CREDIT * share(bySynonym);
    const restShare = share((k) => !inOwn(k) && !bySynonym(k) && inPassage(k));
    const evidence = ownShare + 0.5 * restShare;
    const semantic = semanticScore(candidate);

    const years = yearFit(profile, candidate, pointedTo);
    const isList = candidate.kind === 'list';
    const fit = typeFit(candidate, fitContext);
    const rankBonus = (topScore > 0 ? 0.12 * (context.hit.score / topScore) : 0) + 0.04 / (1 + context.rank) + (context.hit.namedSource ? NAMED_SOURCE_CREDIT : 0);
    const lengthPenalty = candidate.words < 6 ? 0.15 : candidate.words > 100 ? 0.15 : candidate.words > 60 ? 0.05 : 0;
    // Near the previous answer ranks higher; what it already quoted, lower: a follow-up asks for something new
    // ("What about its workshops?"). Not when that sentence holds the kind of answer now asked, dated as asked:
    // "When and where was it held?" after "Who organized the consultation?" is answered by the same sentence.
    const holdsAskedKind = fit.constrained && fit.hard && years.datedAsAsked;
    const focusBonus =
      settings.focus.length > 0
        ? settings.focusWeight * proximity - (alreadyQuoted(candidate, settings.focus) && !holdsAskedKind ? settings.repeatPenalty : 0)
        : 0;
    const score =
      coverage + 0.3 * passageCoverage + fit.bonus + years.bonus + rankBonus + focusBonus - lengthPenalty + settings.semanticWeight * (semantic ?? 0);

    const failed: [boolean, string][] = [
      [!fit.hard, 'type'],
      [!profile.numbers.every(inPassage), 'number'],
      [!rareNames.every(inSection), 'rare-name'],
      // A place the question names ("in West Africa") must be named where the answer is: a sentence about the world
      // does not answer a question about one region.
      [!profile.placeNames.every((name) => name.every(inPassage)), 'place'],
      [!(years.datedAsAsked || (isList && profile.years.every(inPassage))), 'year'],
      [isList && !profile.types.has('list'), 'list'], // a whole list answers only a list question (a fragment item still brings it)
      [inConversation !== null && !inConversation(candidate, inSection), 'context'],
      // "The first workshop … will be held in Geneva" does not say where the second is.
      [otherOrdinalsOnly(ordinals, candidate), 'ordinal'],
    ];
    const form = textForm(candidate, profile.asksPublication);
    const typeMet = fit.hard && fit.soft;
    // What "how many" counts, named in the passage or, through a synonym, in the sentence.
    const countedNamed = profile.countedThings.every((k) => inPassage(k) || withSynonyms.has(k));
    const route = groundingRoute({ own: ownShare, withPassage: evidence, unmatched, semantic, form, typeMet, countedNamed, yesNo: profile.yesNo }, settings);
    const reasons = [...failed.filter(([fails]) => fails).map(([, reason]) => reason), ...(form === 'statement' ? [] : [form]), ...(route ? [] : ['evidence'])];
    const grounded = topicalKeys.length > 0 && route !== null && failed.every(([fails]) => !fails);
    return {
      candidate,
      score,
      evidence,
      ownEvidence: ownShare,
      semantic,
      grounded,
      route: grounded ? route : null,
      typeMet,
      typeStrong: typeMet && fit.nearTerm,
      countedNamed,
      otherYearsOnly: years.otherYearsOnly,
      unmatched,
      reasons,
    };
  });
}

/**
 * A later sentence of the same list item ("- A study … was prepared for the European Commission. A final report
 * based on fieldwork carried out in Albania … was submitted"): the item's earlier sentence says what it is about.
 */
function continuesItem(candidate: Candidate): boolean {
  const previous = candidate.previous;
  if (candidate.kind !== 'list-item' || previous?.kind !== 'list-item' || previous.end > candidate.start) return false;
  return !candidate.context.passage.text.slice(previous.end, candidate.start).includes('\n');
}
