/**
 * A question that names only a topic, after a prompt: "What about the Andean region?", "And how about 2008?", "What
 * of the costs?", "Same question for Kenya?". The prompt is kept as the asker wrote it.
 */
const TOPIC_PROMPT = /^(?:and\s+)?((?:what|how)\s+about|what\s+of|(?:the\s+)?same\s+(?:question\s+)?(?:for|about))\s+/i;

/** The prompt ("What about", spaces collapsed) and the text after it, or null when the question opens otherwise. */
export function topicPrompt(question: string): { prompt: string; rest: string } | null {
  const match = TOPIC_PROMPT.exec(question);
  return match ? { prompt: match[1].replace(/\s+/g, ' '), rest: question.slice(match[0].length) } : null;
}
