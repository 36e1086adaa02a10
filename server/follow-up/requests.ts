import { parseWhQuestion, WH_SHARPENERS } from '../../vectors/query/question-grammar';
import { WH_WORDS } from '../../vectors/query/word-classes';

/**
 * Follow-ups said as requests rather than questions: "Name them.", "Tell me more.", "Why is that?". Readers chat;
 * these must not reach the search as "What about name the Migration Profiles?".
 */

const POLITE = String.raw`(?:(?:please|can you|could you|would you)\s+)?`;
const PLEASE = String.raw`(?:,?\s+please)?[.!?]*$`;

/**
 * "Name them", "List them", "Describe it", "Tell me more about it": an imperative opening the follow-up, its verb
 * followed by a pronoun, a determiner, a wh-word or nothing ("name changes", "list B projects" are nouns).
 */
export const IMPERATIVE = new RegExp(
  String.raw`^${POLITE}(?:name|list|tell|describe|explain|give|show|summari[sz]e|outline|define|enumerate|identify)` +
    String.raw`(?=\s+(?:me|us|them|it|this|that|these|those|the|a|an|some|all|any|more|its|their|examples?|details?|how|why|what|which|who|when|where)\b|\s*[,.!?]*$)`,
  'i',
);

/** "Tell me more", "More details, please", "Go on": the same question again, for more of its answer. */
const MORE = new RegExp(
  String.raw`^${POLITE}(?:tell me more|say more|more (?:details?|information|info)|(?:any )?(?:further |more )?details|go on|elaborate|expand(?: on (?:it|that|this))?|explain(?: (?:it|that|this))?(?: (?:more|further))?)${PLEASE}`,
  'i',
);

/** "Which ones?", "Name them", "What were they?": which of what was counted. */
const WHICH_ONES = new RegExp(
  String.raw`^${POLITE}(?:(?:which|what) (?:ones|are they|were they|are these|were these|are those|were those)|(?:name|list) (?:them|these|those|the ones)(?: all)?)${PLEASE}`,
  'i',
);

/** "Give me a couple of examples", "Any examples?", "Such as?", "Like what?": examples of what the previous question asked about. */
const EXAMPLES = new RegExp(
  String.raw`^${POLITE}(?:(?:give|show|provide|name|list)(?: (?:me|us))? )?(?:(?:a couple of|a few|some|any|two|three|an|one|other|more|concrete|specific) )*(?:examples?|instances?|cases)(?: of (?:this|that|these|those|it|them))?${PLEASE}|^(?:for (?:example|instance)|such as|like what|e\.g\.)${PLEASE}`,
  'i',
);

/** "Why is that?", "How come?", "Why so?": why of the previous question, as "Why?" asks it ("Why not?" does not). */
const WHY_THAT = /^(?:why (?:is|was) (?:that|this)|how come|why so)[.!?]*$/i;

/** "Tell me about X", "Can you explain X", "Give me some background on X": a request about X. */
const REQUEST_OPENER =
  /^(?:(?:can|could|would) you\s+)?(?:please\s+)?(?:tell me (?:more )?about|explain|describe|give me (?:some |a bit of )?(?:background|information|details|an overview) (?:on|about)|what do you know about)\s+(.+?)(?:\s+as\s+.*)?[.?!]*$/i;

/**
 * What a question said as a request is about ("Tell me about the 1035 Facility." → "the 1035 Facility"); null for
 * other questions and for "Can you explain why …", which asks about a clause.
 */
export function requestedTopic(question: string): string | null {
  const topic = REQUEST_OPENER.exec(question.trim())?.[1];
  return topic && !WH_WORDS.has(topic.split(/\s+/)[0].toLowerCase()) ? topic : null;
}

export const asksForMore = (body: string) => MORE.test(body.trim());

export const asksWhy = (body: string) => WHY_THAT.test(body.trim());

/** "What for?", "To what end?", "To achieve what?", "With what aim?": the purpose of what the previous question asked. */
const PURPOSE = /^(?:what for|to what end|to (?:achieve|accomplish|do) what|with what (?:aim|goal|purpose|objective)s?|for what purposes?)[.!?]*$/i;

export const asksPurpose = (body: string) => PURPOSE.test(body.trim());

export const asksForExamples = (body: string) => EXAMPLES.test(body.trim());

/**
 * "How many Migration Profiles did IOM complete in 2011?" + "Name them." → "Which Migration Profiles did IOM complete
 * in 2011?"; after "Which countries co-chair the Bali Process?", that question again. Null when the follow-up asks
 * something else or the previous question asked for no "which/how many X".
 */
export function whichOfCounted(body: string, previous: string): string | null {
  if (!WHICH_ONES.test(body.trim())) return null;
  const parsed = parseWhQuestion(previous);
  if (!parsed || parsed.whNoun.length === 0) return null;
  const [whWord, modifier] = parsed.wh.map((w) => w.toLowerCase());
  if (whWord === 'which' || whWord === 'what') return previous;
  if (whWord !== 'how' || modifier !== 'many') return null;
  // "Roughly how many nations …", "About how many …" → "Which nations …": the adverb sharpened the count, not the names.
  const prefix = parsed.prefix.filter((w) => !WH_SHARPENERS.has(w.toLowerCase()) && w.toLowerCase() !== 'about');
  return [...prefix, 'which', ...parsed.whNoun, ...(parsed.aux ? [parsed.aux] : []), ...parsed.rest].join(' ') + '?';
}
