import { describe, expect, it } from 'vitest';
import { cleanAnswerText, joinListText } from './answer-text';

describe('cleanAnswerText', () => {
  it('drops footnote marks, collapses whitespace and rejoins line-wrap hyphens', () => {
    expect(cleanAnswerText('IOM (IOM)¹ has over 1300 on-\ngoing projects\nimplemented   by 255 locations.²')).toBe(
      'IOM (IOM) has over 1300 on-going projects implemented by 255 locations.',
    );
  });

  it('drops a footnote line carried into a sentence by a page break', () => {
    expect(cleanAnswerText('planning for the influenza\n\n⁷ For more information, see SCPF/38.\n\npandemic; identity verification.')).toBe(
      'planning for the influenza pandemic; identity verification.',
    );
  });

  it('strips leading list dashes and markdown emphasis', () => {
    expect(cleanAnswerText('include:\n- to provide *World Migration Report* data;\n- to assist.')).toBe(
      'include: to provide World Migration Report data; to assist.',
    );
  });
});

describe('joinListText', () => {
  it('joins items after their intro, adding separators only where an item has none', () => {
    expect(joinListText('The objectives include:', ['to provide support;', 'to assist migrants', 'to manage expectations'])).toBe(
      'The objectives include: to provide support; to assist migrants; to manage expectations.',
    );
  });
});
