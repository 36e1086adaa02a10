import { describe, expect, it } from 'vitest';
import { after } from '../../test-support/follow-up-turns';

describe('follow-up requests', () => {
  it('reads a request for examples as one about the previous question', () => {
    const previous = "Did any of the IDM's workshops lead to continued work with partner organizations?";
    expect(after(previous, 'Give me a couple of examples.')).toBe(
      "Did any of the IDM's workshops lead to continued work with partner organizations — give me a couple of examples?",
    );
    expect(after(previous, 'Such as?')).toBe("Did any of the IDM's workshops lead to continued work with partner organizations — such as?");
    expect(after('What does IOM do against trafficking?', 'What cases did it handle in 2009?')).toBe('What cases did IOM handle in 2009?');
  });

  it('reads requests: "Name them" asks which of what was counted, "Tell me more" the same again, "Why is that?" why', () => {
    const counted = 'How many Migration Profiles did IOM complete in 2011?';
    expect(after(counted, 'Name them.')).toBe('Which Migration Profiles did IOM complete in 2011?');
    expect(after(counted, 'Which ones?')).toBe('Which Migration Profiles did IOM complete in 2011?');
    expect(after('Which countries co-chair the Bali Process?', 'Can you list them, please?')).toBe('Which countries co-chair the Bali Process?');
    expect(after(counted, 'Name them all.')).toBe('Which Migration Profiles did IOM complete in 2011?');
    expect(after(counted, 'Can you elaborate?')).toBe(counted);
    expect(after(counted, 'More details, please')).toBe(counted);
    expect(after(counted, 'Go on.')).toBe(counted);
    expect(after(counted, 'Why is that?')).toBe('Why did IOM complete Migration Profiles in 2011?');
    expect(after(counted, 'How come?')).toBe('Why did IOM complete Migration Profiles in 2011?');
    // "What for?", "To achieve what?": the purpose, not "What for did IOM …?".
    expect(after(counted, 'What for?')).toBe('For what purpose did IOM complete Migration Profiles in 2011?');
    expect(after(counted, 'To achieve what?')).toBe('For what purpose did IOM complete Migration Profiles in 2011?');
    expect(after(counted, 'To what end?')).toBe('For what purpose did IOM complete Migration Profiles in 2011?');
    expect(after(counted, 'For what reason?')).toBe('For what reason did IOM complete Migration Profiles in 2011?');
    // An imperative keeps the previous year, as a fragment does; one without an object of its own asks about it.
    expect(after(counted, 'Describe them.')).toBe('Describe the Migration Profiles IOM completed in 2011.');
    expect(after('What is the Berne Initiative?', 'Give examples.')).toBe('What is the Berne Initiative — give examples?');
    // "name changes", "list B projects": nouns, not requests.
    expect(after('What changes did the Council approve in 2007?', 'What about name changes?')).toBe('What name changes did the Council approve in 2007?');
    // An imperative with its object: the pronoun resolved, not "What about describe …?".
    expect(after('What is the Berne Initiative?', 'Describe it.')).toBe('Describe the Berne Initiative.');
    expect(after('What is the Berne Initiative?', 'Tell me more about it.')).toBe('Tell me more about the Berne Initiative.');
  });
});
