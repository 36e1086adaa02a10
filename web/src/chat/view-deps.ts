import type { Citation } from '../../../server/protocol';

/** What the small views need from the chat that hosts them. */
export type ViewDeps = {
  baseUrl: string;
  /** Heading level for sections inside an answer: one below the chat's title. */
  subheading: 'h2' | 'h3';
  /** Polite screen-reader announcement (and visible toast) for things like "Copied". */
  announce(message: string): void;
  /** Opens (or toggles) the citation popover for a chip, inside `slot`. */
  toggleCitation(chip: HTMLButtonElement, slot: HTMLElement, citation: Citation): void;
  /** Asks the same question again (after an error). */
  askAgain(question: string): void;
};
