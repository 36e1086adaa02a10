export { buildPassages, DEFAULT_MAX_CHARS, DEFAULT_OVERLAP_SENTENCES, type PassageOptions } from './build-passages';
export { sentenceSpans } from './sentence-spans';
export { passageId } from './passage-id';
