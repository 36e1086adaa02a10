import type { Candidate } from './candidates';
import { focusProximity, type SourceSpan } from './focus-proximity';
import { profileQuestion } from './question-profile';
import { sum } from './question-weights';
import { idf, type TermStats } from './term-weights';

/** Where a follow-up may be answered from; see `followUpContext`. */
export type FollowUpContextSettings = {
  /** Least share of the previous question's topic (corpus IDF) a candidate's passage must hold (0.4)… */
  followUpTopicShare: number;
  /** …unless it sits this close to where the previous answer quoted (`focusProximity`, 0.01: about 1,800 characters, 1,360 across a paragraph break). */
  followUpNear: number;
};

/**
 * Whether a candidate is where the conversation is: near what the previous answer quoted, or in a passage that
 * holds enough of the previous question's topic. A follow-up ("Who paid for that project?", "Where was it held?")
 * keeps few words of its own once rewritten, and a sentence elsewhere in the corpus that shares them ("should
 * funding be secured, a larger workshop …") answers another conversation's question. Null when there is no
 * previous question, or none of its words is in the corpus: then nothing is required.
 */
export function followUpContext(
  previousQuestion: string | undefined,
  focus: readonly SourceSpan[],
  focusReach: number,
  corpusStats: TermStats,
  settings: FollowUpContextSettings,
): ((candidate: Candidate, inSection: (key: string) => boolean) => boolean) | null {
  if (!previousQuestion) return null;
  const topic = profileQuestion(previousQuestion)
    .terms.filter((t) => t.kind === 'word' && (corpusStats.df.get(t.key) ?? 0) > 0)
    .map((t) => t.key);
  if (topic.length === 0) return null;
  const weight = (key: string) => idf(corpusStats, key);
  const total = sum(topic, weight);
  // The topic share is the passage's, so it is counted once per passage, not once per sentence.
  const onTopic = new Map<Candidate['context'], boolean>();
  const passageOnTopic = (candidate: Candidate, inSection: (key: string) => boolean) => {
    let on = onTopic.get(candidate.context);
    if (on === undefined) onTopic.set(candidate.context, (on = sum(topic.filter(inSection), weight) / total >= settings.followUpTopicShare));
    return on;
  };
  return (candidate, inSection) =>
    (focus.length > 0 && focusProximity(candidate, focus, focusReach) >= settings.followUpNear) || passageOnTopic(candidate, inSection);
}
