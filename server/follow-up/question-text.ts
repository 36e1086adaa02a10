import { lowerFirst } from '../../vectors/query/word-classes';

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
export const stripEnd = (text: string) => text.trim().replace(/[?.!]+$/, '');

export function tidy(text: string): string {
  const flat = text.replace(/\s+/g, ' ').replace(/\s+([?,.!])/g, '$1').trim();
  return capitalise(/[?.!]$/.test(flat) ? flat : `${flat}?`);
}

/** The previous question with the fragment appended: readable, and it retrieves on both. */
export function concatenate(fragment: string, previous: string): string {
  return `${stripEnd(previous)} — ${lowerFirst(stripEnd(fragment))}?`;
}
