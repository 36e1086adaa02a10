/** Scrolling the conversation log for a reader who is following it, without yanking one who is not. */

/** The reader is at (or near) the end of the log, so new text should stay in view. */
export function isFollowing(log: HTMLElement): boolean {
  return log.scrollHeight - log.scrollTop - log.clientHeight < 120;
}

export function scrollToEnd(log: HTMLElement): void {
  log.scrollTop = log.scrollHeight;
}

/**
 * Scrolls towards the end as an answer grows, but never past the answer's first line, so a long
 * answer or excerpt list is read from its start. Never scrolls back up.
 */
export function revealFromStart(log: HTMLElement, answer: HTMLElement): void {
  const top = answer.getBoundingClientRect().top - log.getBoundingClientRect().top + log.scrollTop - 12;
  const end = log.scrollHeight - log.clientHeight;
  const target = Math.min(end, top);
  if (target > log.scrollTop) log.scrollTop = target;
}
