import { DASH_ITEM, FOOTNOTE_LINE } from './passage-segments';

/**
 * Light cleanup of a verbatim span for the answer text only (citation quotes stay verbatim):
 * footnote lines carried in by a page break and footnote marks are dropped, leading list dashes
 * stripped, markdown emphasis removed, line-wrap hyphens rejoined and whitespace collapsed.
 *
 * @example
 * cleanAnswerText('on the IOM website.¹') // "on the IOM website."
 */
export function cleanAnswerText(span: string): string {
  const kept = span
    .split('\n')
    .filter((line, i) => i === 0 || !FOOTNOTE_LINE.test(line))
    .map((line) => line.replace(DASH_ITEM, ''))
    .join('\n');
  return kept
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/\*([^*\n]+)\*/g, '$1')
    .replace(/(\p{L})-[ \t]*\n\s*(\p{L})/gu, '$1-$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** List items joined compactly after their intro: "… include: to provide …; to assist …". */
export function joinListText(intro: string | null, items: string[]): string {
  const parts = items.map((item, i) => {
    const last = i === items.length - 1;
    if (/[.;,:!?]$/.test(item)) return item;
    return last ? `${item}.` : `${item};`;
  });
  return [intro, ...parts].filter((part): part is string => !!part).join(' ');
}
