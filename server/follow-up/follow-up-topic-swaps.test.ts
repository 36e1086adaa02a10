import { describe, expect, it } from 'vitest';
import { after } from '../../test-support/follow-up-turns';

describe('follow-up topic swaps', () => {
  it('asks the same question with another name after the same preposition, and leaves other phrases alone', () => {
    expect(after('Which GMG working group does IOM co-chair with UNDP?', 'And with UN DESA?')).toBe('Which GMG working group does IOM co-chair with UN DESA?');
    expect(after('What circular migration scheme did IOM set up between Colombia and Spain?', 'And between Guatemala and Canada?')).toBe(
      'What circular migration scheme did IOM set up between Guatemala and Canada?',
    );
    // Only the name is swapped: what follows it stays.
    expect(after('Which projects with UNHCR were evaluated in 2009?', 'And with UNICEF?')).toBe('Which projects with UNICEF were evaluated in 2009?');
    // A wh-word is a fragment to graft, not a name to swap in.
    expect(after('How many migrants did IOM evacuate from Libya in 2011?', 'And from when?')).toBe('From when did IOM evacuate migrants from Libya in 2011?');
  });

  it('keeps the article with the place the reader named, and gives "How many attended?" the previous topic', () => {
    expect(after('Since when has IOM done cultural orientation for refugees going to the US?', 'What about Australia?')).toBe(
      'Since when has IOM done cultural orientation for refugees going to Australia?',
    );
    expect(after('Since when has IOM done cultural orientation for refugees going to Finland?', 'And to the Netherlands?')).toBe(
      'Since when has IOM done cultural orientation for refugees going to the Netherlands?',
    );
    // A place before a noun leaves the noun's article where it is.
    expect(after('What did IOM do after the Haiti earthquake?', 'What about Pakistan?')).toBe('What did IOM do after the Pakistan earthquake?');
    expect(after('What was the 2005 Haifa conference for women leaders about?', 'How many attended?')).toBe(
      'How many attended the 2005 Haifa conference for women leaders?',
    );
  });

  it('asks the same question of another ordinal: "And the first?"', () => {
    expect(after('When is the second IDM intersessional workshop in 2007?', 'And the first?')).toBe('When is the first IDM intersessional workshop in 2007?');
    expect(after('What was the first of the two themes proposed for the IDM in 2008?', 'And the second one?')).toBe(
      'What was the second of the two themes proposed for the IDM in 2008?',
    );
    // "first open" is no numbered noun.
    expect(after('When did IOM first open an office in Haiti?', 'And the second?')).not.toContain('second open');
  });

  it('turns a bare noun phrase into "What about …?" with the inherited year', () => {
    expect(after('How many migrants were trained in 2009?', 'Workshops?')).toBe('What about workshops in 2009?');
  });

  it('asks the same question in another setting ("And at headquarters?" after "… work in the field?")', () => {
    expect(after('How many of the staff IOM had in 2009 work in the field?', 'And at headquarters?')).toBe('How many of the staff IOM had in 2009 work at headquarters?');
    expect(after('How many migrants did IOM help in the camps?', 'And in the host communities?')).toBe('How many migrants did IOM help in the host communities?');
    // Only a phrase that ends the question, in the same relation.
    expect(after('How many migrants returned in the first half of 2009?', 'And in the second half?')).not.toContain('half 2009');
    expect(after('What happened to the migrants in the camps after the earthquake?', 'And in the cities?')).not.toContain('cities earthquake');
    expect(after('How much did IOM spend on health in the camps?', 'And on education?')).not.toContain('health on education');
    // A year or a place is swapped as such.
    expect(after('How many migrants did IOM train in 2009?', 'And in 2008?')).toBe('How many migrants did IOM train in 2008?');
    expect(after('What has IOM done against xenophobia in Ukraine?', 'And in South Africa?')).toBe('What has IOM done against xenophobia in South Africa?');
  });

  it('asks the same question about another topic ("And about migration law?"), never "What about about …"', () => {
    expect(after('Among the questions proposed for a 2008 IDM on gender, what is asked about migration research?', 'And about migration law?')).toBe(
      'Among the questions proposed for a 2008 IDM on gender, what is asked about migration law?',
    );
    expect(after('How does IOM fund its work in the field?', 'And about migration law?')).toBe('What about migration law?');
    // "What about …" with a common noun changes the topic after "about"; a name is still a subject.
    expect(after('What does the report say about the MDGs?', 'What about remittances?')).toBe('What does the report say about remittances?');
    expect(after('What did the seminar conclude about climate change?', 'How about the environment?')).toBe('What did the seminar conclude about the environment?');
    expect(after('What did IOM say about the MDGs?', 'What about UNHCR?')).toBe('What did UNHCR say about the MDGs?');
    // Not when more than a topic follows "about", nor for another of what the question is about.
    expect(after('What was said about remittances at the IDM?', 'What about diaspora bonds?')).not.toContain('said about diaspora bonds?');
    expect(after('What did the seminar recommend about labour migration?', 'What about the second seminar?')).toBe('What did the second seminar recommend about labour migration?');
  });

  it('asks the same question for another place ("What about Central Asia?")', () => {
    expect(after('How does IOM build the capacity of countries of origin in West Africa?', 'What about Central Asia?')).toBe(
      'How does IOM build the capacity of countries of origin in Central Asia?',
    );
    expect(after('How many migrants did IOM evacuate from Libya in 2011?', 'And from Haiti?')).toBe('How many migrants did IOM evacuate from Haiti in 2011?');
    // Not a place: the bare name is asked about in the frame of "What about".
    expect(after('What is the IDM?', 'What about the Bali Process?')).toBe('What about the Bali Process?');
    // A place inside a longer name is no place of the question: "Union" in "the Universal Postal Union".
    expect(after('Which countries is IOM piloting remittance transfers with the Universal Postal Union?', 'What about Kenya?')).not.toContain('Postal Kenya');
    expect(after('What did IOM do in Haiti, Kenya and Pakistan?', 'What about Chad?')).toBe('What did IOM do in Chad, Kenya and Pakistan?');
    // After an acronym, a place is still one ("IOM Kenya").
    expect(after('How many migrants did IOM Kenya assist in 2009?', 'What about Uganda?')).toBe('How many migrants did IOM Uganda assist in 2009?');
  });

  it('asks the same question of another subject ("And the labour migrants?")', () => {
    expect(after('Under the 2008 theme, what can host countries gain from circular migration schemes?', 'And the labour migrants?')).toBe(
      'Under the 2008 theme, what can the labour migrants gain from circular migration schemes?',
    );
    expect(after('What did IOM do in Haiti in 2010?', 'What about UNHCR?')).toBe('What did UNHCR do in Haiti in 2010?');
    // A common noun replaces what "how many" counts.
    expect(after('How many migrants did IOM train in 2009?', 'And refugees?')).toBe('How many refugees did IOM train in 2009?');
    // A capitalised word is a name, not a verb ("States").
    expect(after('According to the MPRP paper, how many Member States does IOM have?', 'And observer States?')).toBe(
      'According to the MPRP paper, how many observer States does IOM have?',
    );
    // Nor is a last "-s" word after a noun ("states", "costs"); after a pronoun or wh-word it is the verb.
    expect(after('How many Member States does IOM have?', 'And observer states?')).toBe('How many observer states does IOM have?');
    expect(after('How many Member States does IOM have?', 'And who pays?')).toBe('Who pays?');
    // No subject the grammar can find, or a fragment that points back: the frame of "What about" stays.
    expect(after('When was the Strategy approved?', 'And the budget?')).toBe('What about the budget?');
    expect(after('How many ministerial meetings has IOM organized?', 'And the second one?')).not.toMatch(/second one/);
  });
});
