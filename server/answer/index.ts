export type { AnswerComposer, ComposedAnswer, ComposeInput } from './answer-composer';
export type { SourceSpan } from './focus-proximity';
export { createExtractiveComposer, type CompositionTrace, type ExtractiveComposerOptions } from './extractive-composer';
export { passageCitation, quoteMatchesSource } from './passage-citation';
export { formatRef } from './format-ref';
export { abstentionSentence } from './abstention';
export { QuoteMismatchError } from './errors';
