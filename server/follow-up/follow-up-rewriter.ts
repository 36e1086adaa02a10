import { lowerFirst } from '../../vectors/query/word-classes';
import { answeredAs, type FollowUpTurn } from './follow-up-turn';
import { readCues } from './follow-up-cues';
import { graft } from './fragment-graft';
import { capitalise, concatenate, stripEnd, tidy } from './question-text';
import { resolvePronouns, type Context } from './pronoun-resolution';
import { appendPhrase, askedYears, timePhrase, withYears, yearsIn } from './time-phrases';
import { resolveCount, resolveCountedNoun } from './elided-counts';
import { elidedObject, resolveModifiedOne, resolveOnes, resolveOrdinalOne, swapOrdinal } from './elided-phrases';
import { swapPhrase, swapSetting, swapTopic } from './phrase-swap';
import { swapPlace } from './place-swap';
import { swapSubject } from './subject-swap';
import { asksNothingNew, relativeYear } from './relative-years';
import { asksForExamples, asksForMore, asksPurpose, asksWhy, whichOfCounted } from './requests';

export { answeredAs, type FollowUpTurn };

/** Rewrites a follow-up ("And in 2008?") into a question that stands alone, using the earlier turns. */
export interface FollowUpRewriter {
  rewrite(history: FollowUpTurn[], question: string): string;
}

export type FollowUpRewriterOptions = {
  /** Earlier turns searched for what a pronoun stands for, most recent first (3). */
  lookback?: number;
};

const asksWhen = (text: string) => /\bwhen\b|\b(?:what|which) (?:year|date|month)\b/i.test(text);

/**
 * The offline rewriter: resolves "it/its/they/their/this/that/these" against the previous questions,
 * swaps or inherits years ("And in 2008?"), grafts wh-fragments ("In how many countries?") onto the
 * previous question and keeps "What about …" questions readable. Self-contained questions pass through.
 *
 * @example
 * rewriter.rewrite([{ question: q, standaloneQuestion: q, answer, citations }], 'And in 2008?')
 * // q = "How many health assessments did IOM perform in 2009?" → "How many health assessments did IOM perform in 2008?"
 */
export function createFollowUpRewriter(options: FollowUpRewriterOptions = {}): FollowUpRewriter {
  const lookback = options.lookback ?? 3;
  return {
    rewrite(history, asked) {
      let question = asked;
      const last = history.at(-1);
      if (!last || question.trim() === '') return question;
      const previous = answeredAs(last).trim();
      const relative = relativeYear(question);
      // "And the year before?" counts from the year asked about, not from the year of a report the question names.
      const previousYears = askedYears(previous);
      if (relative && previousYears.length === 1) {
        // "And the year before?", "What was the figure two years earlier?": the previous question, for that year.
        const year = String(Number(previousYears[0]) + relative.offset);
        const rest = `${question.slice(0, relative.start)} ${question.slice(relative.end)}`.replace(/\s+/g, ' ').trim();
        if (asksNothingNew(rest)) return tidy(withYears(previous, year));
        question = appendPhrase(rest, `in ${year}`);
      }
      const cues = readCues(question);
      // "Tell me more", "Name them", "Why is that?", "How come?": requests that ask the previous question again, which
      // of what it counted, or why.
      if (asksForMore(cues.body)) return previous;
      const which = whichOfCounted(cues.body, previous);
      if (which) return tidy(which);
      // "How many were new?": of what the previous question counted; "How many were there in 2007?": the same count.
      const counted = resolveCount(cues.body, previous);
      if (counted) return tidy(counted);
      if (asksWhy(cues.body)) return tidy(graft('Why?', previous) ?? concatenate('Why?', previous));
      if (asksPurpose(cues.body)) return tidy(graft('For what purpose?', previous) ?? concatenate('For what purpose?', previous));
      // "Give me a couple of examples.", "Such as?": the previous question, with the request kept.
      if (asksForExamples(cues.body)) return tidy(concatenate(cues.body, previous));
      const elided = !cues.dependent && cues.anaphora.length === 0 ? elidedObject(question, previous) : null;
      if (!cues.dependent && !elided) return question;
      const turns = history.slice(-lookback).reverse();
      const context: Context = {
        previous,
        turns,
        texts: turns.flatMap((t) => [t.standaloneQuestion, t.question, t.answer, ...t.citations.map((c) => c.quote)]),
      };

      if (cues.yearsOnly) return tidy(withYears(previous, cues.yearsOnly));
      // "And the first?": the same question for another of what it numbered.
      const otherOrdinal = cues.connector ? swapOrdinal(cues.body, previous) : null;
      if (otherOrdinal) return tidy(otherOrdinal);
      // "What about Central Asia?", "And in Haiti?": the same question for another place.
      const otherPlace = cues.connector ? swapPlace(cues.body, previous) : null;
      if (otherPlace) return tidy(otherPlace);
      // "What about remittances?" after "What does the report say about the MDGs?": the topic after "about" changes
      // (a name, "What about UNHCR?", is a subject, for `swapSubject`).
      const otherTopic =
        cues.connector === 'about' && !cues.whFragment && cues.anaphora.length === 0 && /^(?:(?:the|a|an)\s+)?\p{Ll}/u.test(cues.body) && !/^about\b/i.test(cues.body)
          ? swapTopic(cues.body, previous)
          : null;
      if (otherTopic) return tidy(otherTopic);
      // "And with UN DESA?", "And between Guatemala and Canada?": the same question with that phrase swapped.
      const otherPhrase = cues.connector && !cues.whFragment && cues.anaphora.length === 0 ? swapPhrase(cues.body, previous) : null;
      if (otherPhrase) return tidy(otherPhrase);
      // "And at headquarters?": the same question in another setting.
      const otherSetting = cues.connector && !cues.whFragment && cues.anaphora.length === 0 ? swapSetting(cues.body, previous) : null;
      if (otherSetting) return tidy(otherSetting);
      // "And the labour migrants?", "What about UNHCR?": the same question asked of another subject.
      const bareNounPhrase = cues.connector && !cues.hasVerb && !cues.whFragment && cues.anaphora.length === 0;
      const otherSubject = bareNounPhrase ? swapSubject(cues.body, previous) : null;
      if (otherSubject) return tidy(otherSubject);
      // "And?", "So?": nothing new is asked, so the previous question stands.
      if (cues.contentWords === 0 && cues.anaphora.length === 0 && !cues.whFragment) return previous;
      // "Give examples.", "Summarise.": a request about whatever the previous question asked.
      if (cues.imperative && cues.anaphora.length === 0 && cues.contentWords <= 1) return tidy(concatenate(cues.body, previous));

      let body = resolvePronouns(cues.body, cues, context);
      // "How many did it assist?": the count takes the noun the conversation is about.
      body = resolveCountedNoun(body, previous) ?? body;
      const ones = resolveOnes(body, previous);
      if (ones?.replacesPrevious) return tidy(ones.text);
      if (ones) body = ones.text;
      // "the three-year one in Colombia" is another of what was asked about, named by its own words: no year carries over.
      const another = resolveModifiedOne(body, previous);
      body = resolveOrdinalOne(body, previous) ?? another ?? body;
      let rewritten: string;
      if (elided) {
        // "How many experts attended?" → "How many experts attended the expert seminar on …?"
        rewritten = `${stripEnd(body)} ${elided}?`;
      } else if (cues.whFragment) {
        rewritten = graft(body, previous) ?? concatenate(body, previous);
      } else if (cues.connector === 'about') {
        rewritten = `${capitalise(cues.aboutPrefix!.toLowerCase())} ${stripEnd(body)}?`;
      } else if (!cues.hasVerb) {
        // "And about migration law?" is already "about" something.
        rewritten = /^about\b/i.test(body) ? `What ${lowerFirst(stripEnd(body))}?` : `What about ${lowerFirst(stripEnd(body))}?`;
      } else {
        rewritten = body;
      }

      // The year carries over when the follow-up continues the previous frame ("And …", "What about …", a
      // fragment, a request), not into a full question that merely points back ("Where were they performed?").
      const continues = cues.connector === 'and' || cues.connector === 'about' || cues.whFragment || !cues.hasVerb || cues.imperative;
      const inherited = another ? null : timePhrase(previous);
      if (continues && inherited && yearsIn(rewritten).length === 0 && !asksWhen(rewritten)) rewritten = appendPhrase(rewritten, inherited);
      return tidy(rewritten);
    },
  };
}
