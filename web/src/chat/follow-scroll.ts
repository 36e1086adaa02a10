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
 * answer or excerpt list is read from its start. The question above it stays in view too (with how a
 * follow-up was read, which the answer depends on) unless it would take over a third of the log.
 * Never scrolls back up.
 */
export function revealFromStart(log: HTMLElement, answer: HTMLElement, question: HTMLElement): void {
  const offset = (element: HTMLElement) => element.getBoundingClientRect().top - log.getBoundingClientRect().top + log.scrollTop - 12;
  let top = offset(answer);
  if (top - offset(question) < log.clientHeight / 3) top = offset(question);
  const end = log.scrollHeight - log.clientHeight;
  const target = Math.min(end, top);
  if (target > log.scrollTop) log.scrollTop = target;
}
