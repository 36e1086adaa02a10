import { describe, expect, it } from 'vitest';
import { AnswerTestIndex } from '../../test-support/answer-corpus-index';
import { answerUnits, expectWellFormedAnswer } from '../../test-support/answer-invariants';
import { ALL_PASSAGES, HLD_ACTIVITIES, IDM_2007, IOM_OVERVIEW, PASSAGES, POLICY_RESEARCH, reportText, slicePassage, STRATEGY_REVIEW } from '../../test-support/answer-passages';
import { roughCorpus } from '../../test-support/answer-rough-corpus';
import type { Passage } from '../../ingest/types';
import { createExtractiveComposer, passageCitation } from './index';
import type { CompositionTrace } from './extractive-composer';
import { NAMED_SOURCE_CREDIT } from './candidate-scoring';

const index = new AnswerTestIndex(ALL_PASSAGES);
const composer = createExtractiveComposer();
const ask = (question: string, on: AnswerTestIndex = index) => composer.compose({ question, retrieved: on.search(question), index: on });

describe('extractive composer: answers', () => {
  it('answers a number question with the sentence that holds the number', () => {
    const composed = ask('How many health assessments did IOM perform in 2009?');
    expectWellFormedAnswer(composed, index);
    expect(composed.abstained).toBe(false);
    expect(composed.answer).toBe(
      'In 2009, over 270,000 of such assessments were performed in more than 50 countries through migrant-friendly systems of assessment and diagnosis, based on principles of quality, integrity and efficiency. [1]',
    );
    expect(composed.citations).toHaveLength(1);
    expect(composed.citations[0]).toMatchObject({
      passageId: PASSAGES.healthAssessments.id,
      paragraph: '19',
      ref: "MC/INF/302 — III. IOM's work in implementing the 12-point Strategy › Point 1 — ¶ 19",
    });
    expect(composed.citations[0].quote).toMatch(/^In 2009, over 270,000 .* efficiency\.$/);
  });

  it('ranks higher the sentences of the report the question names as its source', () => {
    const strategy = slicePassage({ doc: STRATEGY_REVIEW, from: 'In 2008, the African Capacity-building Centre', through: 'capacity of African States.', sectionPath: ['Point 2'], paragraph: '26' });
    const overview = slicePassage({ doc: IOM_OVERVIEW, from: 'Similarly, the IOM-established African Capacity Building Centre', through: 'range of migration issues.', sectionPath: ['3. Identified good practices'], paragraph: null });
    const on = new AnswerTestIndex([strategy, overview]);
    const question = 'In what year was the African Capacity-building Centre in Tanzania established, according to the 2010 Strategy review?';
    const scores = (named: string | null) => {
      let trace: CompositionTrace | null = null;
      const retrieved = on.search(question).map((hit) => (hit.passage.source === named ? { ...hit, namedSource: true } : hit));
      createExtractiveComposer({ onTrace: (t) => (trace = t) }).compose({ question, retrieved, index: on });
      const scoreIn = (passage: Passage) => (trace as CompositionTrace | null)!.scored.find((s) => s.candidate.context.passage.id === passage.id)!.score;
      return { strategy: scoreIn(strategy), overview: scoreIn(overview) };
    };
    const none = scores(null);
    const named = scores(IOM_OVERVIEW.source);
    expect(named.overview).toBeCloseTo(none.overview + NAMED_SOURCE_CREDIT, 6);
    expect(named.strategy).toBeCloseTo(none.strategy, 6);
  });

  it('reads a later sentence of a list item as being about what the item opened with', () => {
    const projects = slicePassage({
      doc: POLICY_RESEARCH,
      from: 'During 2002-2003 several research projects',
      through: 'submitted to the EC in April 2003.',
      sectionPath: ['B. PRIORITY AREAS OF ACTIVITY', '11. Research Projects and Publications'],
      paragraph: null,
    });
    const on = new AnswerTestIndex([...ALL_PASSAGES, projects]);
    const composed = ask('Where was the fieldwork done for the study on returning irregular migrants prepared for the European Commission?', on);
    expectWellFormedAnswer(composed, on);
    expect(composed.answer).toContain('fieldwork carried out in Albania, Romania and Russia');
  });

  it('reads "Examples include …" with the sentence it gives examples of', () => {
    const examples = new AnswerTestIndex([
      slicePassage({ doc: HLD_ACTIVITIES, from: 'In addition, experts from other IGOs', through: 'Data Management.', sectionPath: ['IDM intersessional workshops'], paragraph: null }),
    ]);
    const composed = ask('Experts from which intergovernmental organizations served as panelists at the 2003 workshop on Trade and Migration?', examples);
    expect(composed.abstained).toBe(false);
    expect(composed.answer).toContain('ILO, WTO and UNCTAD');
  });

  it('does not take "migration" for a shortened mention of a name its passage spells out', () => {
    // The whole corpus: "migration" is in most of its passages. The Berne Initiative paragraph names MIDSA once, in
    // a list of workshops; its last sentence dates the Berne Initiative, and only its "independent migration
    // experts" shares a word with the name.
    const on = new AnswerTestIndex(roughCorpus());
    const composed = ask('When was the Migration Dialogue for Southern Africa (MIDSA) set up?', on);
    expectWellFormedAnswer(composed, on);
    expect(composed.abstained).toBe(true);
  });

  it('reads "the Centre" as the Centre its passage names, in an index of that one passage too', () => {
    // There every word of the passage is in all passages; "Centre" still names the Centre.
    const alone = new AnswerTestIndex([PASSAGES.capacityCentre]);
    const composed = ask('What did the African Capacity-building Centre do in 2009?', alone);
    expectWellFormedAnswer(composed, alone);
    expect(composed.answer).toMatch(/^In 2009, the Centre provided training to some 500 officials/);
  });

  it('prefers the sentence with the year the question names', () => {
    const in2009 = ask('What did the African Capacity-building Centre do in 2009?');
    const in2008 = ask('What did the African Capacity-building Centre do in 2008?');
    expect(in2009.answer).toMatch(/^In 2009, the Centre provided training to some 500 officials/);
    expect(in2008.answer).toMatch(/^In 2008, the African Capacity-building Centre in the United Republic of Tanzania was established/);
    expect(in2008.answer).not.toContain('In 2009');
  });

  it('answers "how many" about one year of a series with the sentence that lists it', () => {
    const composed = ask('How many migrant training participants were there in 2008?');
    expectWellFormedAnswer(composed, index);
    expect(composed.answer).toContain('50,678 in 2008');
    expect(composed.citations[0].paragraph).toBe('18');
  });

  it('quotes the sentence that continues the best one ("International migration law is …" → "Notably, it includes …")', () => {
    const footnote = slicePassage({ doc: STRATEGY_REVIEW, from: '⁴ International migration law is an umbrella term', through: 'and those of States.', sectionPath: ['Point 3'], paragraph: '23' });
    const on = new AnswerTestIndex([footnote]);
    const composed = ask('What is international migration law?', on);
    expectWellFormedAnswer(composed, on);
    expect(composed.answer).toMatch(/umbrella term .* \[1\] Notably, it includes both the rights and duties of migrants/);
  });

  it('does not take a sentence whose "it" only holds the place of a clause for a continuation', () => {
    const demand = slicePassage({ doc: STRATEGY_REVIEW, from: '79. As the involvement of a larger variety', through: 'is of growing and critical significance.', sectionPath: ['IV. IOM Strategy: Looking ahead'], paragraph: '79' });
    const on = new AnswerTestIndex([demand]);
    const composed = ask("What has happened to demand for IOM's technical expertise and advisory services?", on);
    expectWellFormedAnswer(composed, on);
    expect(composed.answer).toContain('demand for IOM');
    expect(composed.answer).not.toContain('Moreover, it is now also understood');
  });

  it('answers "how many of them were X" only with a count of X', () => {
    expect(ask('How many of the migrant training participants were women?').answer).toBe('About 45 per cent of training participants are women. [1]');
    // The passage counts the participants, not the children among them.
    expect(ask('How many of the migrant training participants were children?').abstained).toBe(true);
  });

  it('answers "how many" with a count, and "how many of them" with a share too', () => {
    const growth = slicePassage({ doc: STRATEGY_REVIEW, from: 'The total number of staff grew', through: 'posted in the Field.', sectionPath: ['Introduction'], paragraph: '9' });
    const on = new AnswerTestIndex([growth]);
    // "Ninety-seven per cent of IOM staff members …" is a share of the staff, not how many they are: the count leads.
    expect(ask('How many staff does IOM have?', on).answer).toMatch(/^The total number of staff grew from 6,457 in 2007 to 7,258 in 2009\. \[1\]/);
    expect(ask('How many IOM staff are there?', on).answer).toMatch(/^The total number of staff grew/);
    expect(ask('How many of the IOM staff are posted in the Field?', on).answer).toBe('Ninety-seven per cent of IOM staff members are posted in the Field. [1]');
    // What part of the staff is so, without "of", is asked by a share too.
    expect(ask('How many IOM staff members are posted in the Field?', on).answer).toBe('Ninety-seven per cent of IOM staff members are posted in the Field. [1]');
    expect(ask('How many per cent of IOM staff are posted in the Field?', on).answer).toBe('Ninety-seven per cent of IOM staff members are posted in the Field. [1]');
  });

  it('answers "Who chairs …?" only with a sentence that states the role', () => {
    const on = new AnswerTestIndex([PASSAGES.trainingSessions]);
    // The passage names the sessions and their partner, HEI, but nobody who chairs them.
    expect(ask('Who chairs the training sessions for the staff of Permanent Missions in Geneva?', on).abstained).toBe(true);
    // "thanks to the generous contribution of the Government of Switzerland" says who pays.
    expect(ask('Who is paying for the repeated training with simultaneous interpretation?', on).answer).toContain('thanks to the generous contribution of the Government of Switzerland');
  });

  it('answers from a footnote\'s list of references only a question that asks for a publication', () => {
    const references = slicePassage({ doc: IOM_OVERVIEW, from: '³ See, for example: IOM, *Migrant Resource Centres', through: 'Skilled Migrant Women* (Geneva, 2012).', sectionPath: ['Footnotes'], paragraph: null });
    const on = new AnswerTestIndex([references]);
    expect(ask('Which recent IOM publication looks at underemployment and deskilling among skilled migrant women?', on).answer).toContain('Crushed Hopes');
    expect(ask('Who did IOM publish its issue brief on pre-departure orientation programmes in Indonesia, Nepal and the Philippines with?', on).answer).toContain(
      'IOM and Migration Policy Institute',
    );
    // A title is no account of what IOM does.
    expect(ask('What does IOM do about underemployment and deskilling among skilled migrant women?', on).abstained).toBe(true);
  });

  it('answers a list question with the list intro and its items, compactly joined', () => {
    const composed = ask('What are the objectives of migrant training?');
    expectWellFormedAnswer(composed, index);
    expect(composed.answer).toBe(
      'The objectives of migrant training include: to provide migrants with up-to-date factual information about the country of destination; ' +
        'to assist migrants in developing the skills and awareness needed to succeed in their new environment; ' +
        "to manage migrants' expectations about the host country and facilitate successful adaptation and/or integration prospects where possible. [1]",
    );
    expect(composed.citations).toHaveLength(1);
    expect(composed.citations[0].quote).toMatch(/^The objectives of migrant training include:\n\n- to provide migrants[\s\S]*\n- to assist migrants[\s\S]*where possible\.$/);
  });

  it('answers a definition question with the sentence that defines', () => {
    const composed = ask('What is the IDM?');
    expectWellFormedAnswer(composed, index);
    expect(answerUnits(composed.answer)[0]).toMatch(/^IOM Council’s International Dialogue on Migration \(IDM\) is a forum for international dialogue/);
    expect(composed.citations[0].passageId).toBe(PASSAGES.idmForum.id);
  });

  it('answers a "why" question with the sentence that gives the purpose, and nothing else', () => {
    const composed = ask('Why does IOM undertake health assessments?');
    expectWellFormedAnswer(composed, index);
    expect(composed.answer).toMatch(/^The purpose of health assessments is to facilitate integration into the host community/);
    expect(answerUnits(composed.answer)).toHaveLength(1);
  });

  it('brings the sentence that an "It …" answer points back to, in document order', () => {
    const composed = ask('How many experts attended the seminar?');
    expectWellFormedAnswer(composed, index);
    const units = answerUnits(composed.answer);
    expect(units).toHaveLength(2);
    expect(units[0]).toMatch(/seminar/);
    expect(units[1]).toMatch(/^It brought together 25 experts/);
    expect(composed.citations[0].start).toBeLessThan(composed.citations[1].start);
  });

  it('cleans the answer text (footnotes, line breaks) but quotes the source verbatim', () => {
    const composed = ask('How many officials did the African Capacity-building Centre train in 2009?');
    expectWellFormedAnswer(composed, index);
    expect(composed.answer).toContain('planning preparedness for the influenza pandemic; identity verification;');
    expect(composed.answer).not.toMatch(/For more information|⁷/);
    expect(composed.citations[0].quote).toContain('influenza\n\n⁷ For more information on border management');
  });

  it('is deterministic', () => {
    const question = 'What is the IDM?';
    expect(ask(question)).toEqual(ask(question));
  });

  it('respects maxSentences', () => {
    const one = createExtractiveComposer({ maxSentences: 1 });
    const question = 'What is the IDM?';
    const composed = one.compose({ question, retrieved: index.search(question), index });
    expect(answerUnits(composed.answer)).toHaveLength(1);
  });

  describe('a sentence of the best sentence\'s passage that leaves the question\'s words to its neighbours', () => {
    const training = new AnswerTestIndex([
      slicePassage({ doc: IDM_2007, from: 'In partnership with the Graduate Institute', through: 'communicated to the membership in due course.', sectionPath: ['Training'], paragraph: null }),
    ]);

    it('joins the answer when it scores near the best', () => {
      const composed = ask('What subject will the first of the 2007 training sessions for Permanent Missions staff in Geneva take up?', training);
      expectWellFormedAnswer(composed, training);
      expect(composed.answer).toMatch(/^In partnership with the Graduate Institute .* Permanent Missions in Geneva\. \[1\] /);
      expect(composed.answer).toContain('The first training session in 2007 will be on the topic of International Migration Law');
      expect(composed.citations).toHaveLength(2);
    });

    it('stays out when the best sentence already answers a factoid question', () => {
      const composed = ask('When will the first 2007 training session on International Migration Law be held?', training);
      expect(composed.answer).toBe(
        'The first training session in 2007 will be on the topic of International Migration Law and will be held at IOM Headquarters on 6 July 2007. [1]',
      );
    });
  });
});

describe('extractive composer: a name given in the paragraph before', () => {
  const SEMINAR = ['Migration and the Environment: Expert Seminar'];
  const held = slicePassage({ doc: IDM_2007, from: '- 2. A small expert seminar', through: 'the effect of migration on the environment.', sectionPath: SEMINAR, paragraph: '2' });
  const outcomes = (sectionPath: string[]) =>
    slicePassage({ doc: IDM_2007, from: '- 3. The materials of the expert seminar', through: 'programmatic work in this area.', sectionPath, paragraph: '3' });
  const question = 'How will the outcomes of the Bangkok seminar be used?';

  it('answers from a paragraph that calls it "the seminar" when the one before it in its section names it', () => {
    const on = new AnswerTestIndex([held, outcomes(SEMINAR)]);
    const composed = ask(question, on);
    expectWellFormedAnswer(composed, on);
    expect(composed.answer).toContain("guidance for IOM's research, policy and programmatic work");
    expect(composed.citations.map((c) => c.paragraph)).toContain('3');
  });

  it('does not take the name from a paragraph of another section', () => {
    const on = new AnswerTestIndex([held, outcomes(['Intersessional Workshops'])]);
    expect(ask(question, on).answer).not.toContain('guidance for IOM');
  });
});

describe('extractive composer: follow-ups', () => {
  // Turn 1 asked who organized the consultation and quoted this sentence.
  const consultation = slicePassage({ doc: STRATEGY_REVIEW, from: '¹² IOM also strives to mainstream', sectionPath: ['Point 7'], paragraph: null });
  const one = new AnswerTestIndex([consultation]);
  const quotedAt = consultation.text.indexOf('For example, the United Nations');
  const focus = [{ source: consultation.source, start: consultation.start + quotedAt, end: consultation.start + consultation.text.indexOf('Participants adopted') - 1 }];
  const quotedScore = (question: string, withFocus: boolean) => {
    let trace: CompositionTrace | null = null;
    createExtractiveComposer({ onTrace: (t) => (trace = t) }).compose({ question, retrieved: one.search(question), index: one, focus: withFocus ? focus : [] });
    const scored = (trace as CompositionTrace | null)?.scored.find((s) => s.candidate.start === quotedAt && s.candidate.kind === 'sentence');
    if (!scored) throw new Error('the quoted sentence was not scored');
    return scored.score;
  };

  it('ranks what the previous answer quoted lower, unless it holds the new kind of answer asked', () => {
    // "When and where": the date and place are in the quoted sentence, so it only gains from being near the focus.
    expect(quotedScore('Where and when was the 2009 global consultation held?', true)).toBeGreaterThan(quotedScore('Where and when was the 2009 global consultation held?', false));
    // "What … adopt?" asks for something new: the quoted sentence steps back.
    expect(quotedScore('What did the 2009 global consultation adopt?', true)).toBeLessThan(quotedScore('What did the 2009 global consultation adopt?', false));
  });
});

describe('extractive composer: a follow-up stays in its conversation', () => {
  const microfinance = slicePassage({ doc: IOM_OVERVIEW, from: 'Strengthening the economic and social development', sectionPath: ['Migration for societal development'], paragraph: null });
  const funding = slicePassage({ doc: IDM_2007, from: 'In addition, should funding be secured', sectionPath: ['Intersessional Workshops'], paragraph: '4' });
  const on = new AnswerTestIndex([microfinance, funding]);
  const previousQuestion = 'Which banks did IOM work with in Tunisia to improve access to microfinancing?';
  const quoted = microfinance.text.indexOf('Likewise in Tunisia');
  const focus = [{ source: microfinance.source, start: microfinance.start + quoted, end: microfinance.start + microfinance.text.indexOf('IOM has also helped') - 1 }];
  const followUp = (question: string, settings: { followUpTopicShare?: number; followUpNear?: number } = {}) =>
    createExtractiveComposer(settings).compose({ question, retrieved: on.search(question), index: on, focus, previousQuestion });

  it("abstains rather than answer from a passage of another topic that shares the follow-up's few words", () => {
    // Nothing near the previous answer says who funded anything; the one sentence on funding a workshop is about an
    // IDM workshop on the environment, another conversation's topic.
    const question = 'Who funded that workshop?';
    expect(followUp(question, { followUpTopicShare: 0, followUpNear: 2 }).answer).toContain('should funding be secured');
    expect(followUp(question).abstained).toBe(true);
  });

  it('answers from near the previous answer, or from a passage on the same topic', () => {
    const question = 'Which Tunisian project targets disadvantaged youth from rural areas?';
    const near = followUp(question);
    expect(near.abstained).toBe(false);
    expect(near.answer).toContain('A project in Tunisia (2009–2013)');
    // Without the focus, the passage still holds the previous question's topic (Tunisia, microfinancing, banks).
    const far = createExtractiveComposer().compose({ question, retrieved: on.search(question), index: on, previousQuestion });
    expect(far.answer).toContain('A project in Tunisia (2009–2013)');
  });
});

describe('extractive composer: the words a follow-up\'s rewrite brought in', () => {
  const board = slicePassage({ doc: HLD_ACTIVITIES, from: 'Stakeholders have differing opinions', through: 'policy coherence on migration.', sectionPath: ['d. Engaging other stakeholders'], paragraph: null });
  const on = new AnswerTestIndex([...ALL_PASSAGES, board]);
  // Turn 1, "What did the Director General of IOM recently create?", quoted the sentence on the Board.
  const quoted = board.text.indexOf('The Director General');
  const focus = [{ source: board.source, start: board.start + quoted, end: board.start + board.text.indexOf('The BAB is expected') - 1 }];
  const previousQuestion = 'What did the Director General of IOM recently create?';
  // "What is it expected to contribute to?", rewritten: "the advisory body" is the conversation's word, not the report's.
  const question = 'What is the advisory body expected to contribute to?';
  const compose = (asked: string | undefined, near = focus) =>
    createExtractiveComposer().compose({ question, retrieved: on.search(question), index: on, focus: near, previousQuestion, asked });

  it('credits them to a sentence near the previous answer when nothing answers in the rewritten words', () => {
    expect(compose(undefined).abstained).toBe(true);
    expect(compose('What is it expected to contribute to?').answer).toBe(
      'The BAB is expected to contribute to the development of migration policy and improvements in policy coherence on migration. [1]',
    );
  });

  it('does not credit them far from the previous answer', () => {
    expect(compose('What is it expected to contribute to?', []).abstained).toBe(true);
  });
});

describe('extractive composer: how long', () => {
  it('takes a period ("2007 to 2010") as the answer to "how long"', () => {
    const project = slicePassage({ doc: IOM_OVERVIEW, from: 'In the context of South–South migration', sectionPath: ['Migration for societal development'], paragraph: null });
    const one = new AnswerTestIndex([project]);
    const question = 'How long did the co-development project between Costa Rica and Nicaragua run?';
    const composed = composer.compose({ question, retrieved: one.search(question), index: one });
    expect(composed.answer).toContain('(2007 to 2010)');
  });

  it('takes a length of time, not any amount ("214 million migrants"), as the answer to "how long"', () => {
    const migrants = slicePassage({ doc: STRATEGY_REVIEW, from: '4. According to the Population Division', sectionPath: ['I. Major trends'], paragraph: '4' });
    const mida = slicePassage({ doc: STRATEGY_REVIEW, from: '36. In fulfilment of these broad orientations', sectionPath: ['Point 6'], paragraph: '36' });
    const two = new AnswerTestIndex([migrants, mida]);
    const answer = (question: string) => composer.compose({ question, retrieved: two.search(question), index: two }).answer;
    expect(answer('For how long has the Population Division estimated the international migrants in the world?')).not.toContain('214 million');
    expect(answer('For how long has MIDA been a standard-bearer for the developmental benefits of migration?')).toContain('for more than 10 years');
  });

  it('takes a length of time whose count is no amount ("a one-year study") as the answer to "how long"', () => {
    const research = slicePassage({ doc: HLD_ACTIVITIES, from: 'Over half of IOM’s research studies', through: 'in Switzerland.', sectionPath: ['a Research'], paragraph: null });
    const one = new AnswerTestIndex([research]);
    const question = "How long is IOM's study on African migrants working in Switzerland's health sector meant to run?";
    const composed = composer.compose({ question, retrieved: one.search(question), index: one });
    expect(composed.answer).toContain('a one-year study');
  });
});

describe('extractive composer: abstention', () => {
  it('says plainly that the reports do not answer, offering up to 3 related passages', () => {
    const question = 'How many migrants did IOM resettle in 2015?';
    const retrieved = index.search(question);
    const composed = composer.compose({ question, retrieved, index });
    expectWellFormedAnswer(composed, index);
    expect(composed).toMatchObject({ abstained: true, citations: [], answer: 'The reports do not say how many migrants IOM resettled in 2015.' });
    expect(composed.related).toEqual(retrieved.slice(0, 3).map((hit, i) => passageCitation(hit.passage, i + 1, hit.score)));
    expect(composed.related.length).toBeGreaterThan(0);
  });

  it('abstains rather than answer with another year', () => {
    const composed = ask('How many health assessments were performed in 2008?');
    expect(composed.abstained).toBe(true);
    expect(composed.answer).toBe('The reports do not say how many health assessments were performed in 2008.');
    expect(composed.related.map((r) => r.passageId)).toContain(PASSAGES.healthAssessments.id);
  });

  it('abstains when the only date or amount is one the question already states, or is not money for "how much … cost"', () => {
    // The sentence's only date is the question's own year: it does not say when.
    expect(ask('When were more than 270,000 health assessments performed in 2009?').abstained).toBe(true);
    // Counts of trainees are no sum of money.
    expect(ask("How much did IOM's migrant training cost in 2009?").abstained).toBe(true);
    expect(ask('How many migrant training participants were there in 2009?').abstained).toBe(false);
  });

  it('abstains when the question names something the passages never mention', () => {
    expect(ask("What is IOM's policy on space tourism?").abstained).toBe(true);
    expect(ask('How many staff does the Atlantis office employ?').abstained).toBe(true);
  });

  it('abstains with no related passages when nothing is retrieved, or the question has no content', () => {
    expect(composer.compose({ question: 'What is the IDM?', retrieved: [], index })).toEqual({
      answer: 'The reports do not say what the IDM is.',
      citations: [],
      abstained: true,
      related: [],
    });
    expect(ask('What is it?').abstained).toBe(true);
  });
});

describe('extractive composer: citations', () => {
  const rough = new AnswerTestIndex(roughCorpus());


  const questions = [
    'How many health assessments did IOM perform in 2009?',
    'What are the objectives of migrant training?',
    "What are the objectives of IOM's pre-consular work?",
    'What is the IDM?',
    'What is MIDA?',
    'How many Member States does IOM have?',
    'How many international migrants are there in the world?',
    'What percentage of the world population are international migrants?',
    'How many migrants has the assisted voluntary return programme helped?',
    'Who co-chairs the Bali Process?',
    'When was the IOM Strategy approved?',
    'Why does IOM undertake health assessments?',
    'What did IOM do about climate change?',
    'How many staff did IOM have in 2009?',
    'What is the Berne Initiative?',
    'Which themes were proposed for the IDM in 2008?',
    'How many intersessional workshops does the IDM convene each year?',
    'What research did IOM carry out on remittances?',
    'How many migrants did IOM resettle in 2015?',
  ];

  it.each([
    ['the hand-cut passages', index],
    ['the whole corpus', rough],
  ])('keeps every quote equal to the source text between its offsets, markers by first appearance (%s)', (_, on) => {
    for (const question of questions) expectWellFormedAnswer(ask(question, on), on);
  });

  it('relocates a passage whose offsets are stale and skips one it cannot find in its source', () => {
    const stale: Passage = { ...PASSAGES.healthAssessments, id: 'stale', start: PASSAGES.healthAssessments.start + 7, end: PASSAGES.healthAssessments.end + 7 };
    const missing: Passage = { ...PASSAGES.healthAssessments, id: 'missing', text: `${PASSAGES.healthAssessments.text} (edited)` };
    const question = 'How many health assessments did IOM perform in 2009?';
    const relocated = composer.compose({ question, retrieved: [{ passage: stale, score: 1 }], index });
    const citation = relocated.citations[0];
    expect(citation.quote).toMatch(/^In 2009, over 270,000/);
    expect(reportText(citation.source).slice(citation.start, citation.end)).toBe(citation.quote);

    const skipped = composer.compose({ question, retrieved: [{ passage: missing, score: 1 }], index });
    expect(skipped.abstained).toBe(true);
    expect(skipped.related[0].passageId).toBe('missing');
  });

  it('survives an index that cannot give a source text', () => {
    const broken = Object.assign(Object.create(index) as AnswerTestIndex, {
      sourceText: () => {
        throw new Error('gone');
      },
    });
    const question = 'How many health assessments did IOM perform in 2009?';
    expect(composer.compose({ question, retrieved: index.search(question), index: broken }).abstained).toBe(true);
  });
});
