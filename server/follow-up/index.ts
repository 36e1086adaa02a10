export { answeredAs, createFollowUpRewriter, type FollowUpRewriter, type FollowUpRewriterOptions, type FollowUpTurn } from './follow-up-rewriter';
export { readCues } from './follow-up-cues';
