import { describe, expect, it } from 'vitest';
import { abstentionSentence } from './abstention';

describe('abstentionSentence', () => {
  it.each([
    ['How many migrants did IOM resettle in 2015?', 'The reports do not say how many migrants IOM resettled in 2015.'],
    ['How many health assessments were performed in 2015?', 'The reports do not say how many health assessments were performed in 2015.'],
    ['When was the Strategy approved by the Council?', 'The reports do not say when the Strategy was approved by the Council.'],
    ['What is the budget of the IDM?', 'The reports do not say what the budget of the IDM is.'],
    ['Who funds the Berne Initiative?', 'The reports do not say who funds the Berne Initiative.'],
    ['Does IOM have an office on Mars?', 'The reports do not say whether IOM has an office on Mars.'],
    ['How much did IOM spend in 2015?', 'The reports do not say how much IOM spent in 2015.'],
    ['How much did the Libya evacuation cost?', 'The reports do not say how much the Libya evacuation cost.'],
    ['In how many countries does the Centre train officials?', 'The reports do not say in how many countries the Centre trains officials.'],
    ['When was the seminar held in Bangkok?', 'The reports do not say when the seminar was held in Bangkok.'],
    // A two-word verb ends the subject, and the auxiliary goes before an adverb.
    ['When was IOM first set up?', 'The reports do not say when IOM was first set up.'],
    // "has … been", and a wh-phrase after a preposition, are not the subject.
    ['Since when has IOM been running workshops in the Middle East?', 'The reports do not say since when IOM has been running workshops in the Middle East.'],
    ['In how many countries has IOM been running workshops?', 'The reports do not say in how many countries IOM has been running workshops.'],
    ['How many projects has IOM implemented since 2007?', 'The reports do not say how many projects IOM has implemented since 2007.'],
    ['Who has chaired the GMG?', 'The reports do not say who has chaired the GMG.'],
    ['When was the fund set up in Geneva?', 'The reports do not say when the fund was set up in Geneva.'],
    ['When was the Observatory established, and with how many partners?', 'The reports do not say when the Observatory was established, and with how many partners.'],
    ['What is the name of the revolving fund IOM uses?', 'The reports do not say what the name of the revolving fund IOM uses is.'],
    ['Who was the Chairperson who submitted the report?', 'The reports do not say who the Chairperson who submitted the report was.'],
    // The verb is one: not a plural noun ("amendmentsed"), a preposition ("offed"), an article ("thed") or a noun after "its".
    ['When did the 1998 amendments to the IOM Constitution come into force?', 'The reports do not say when the 1998 amendments to the IOM Constitution came into force.'],
    ['In which series did the assessment of consultative processes as part of its support come out?', 'The reports do not say in which series the assessment of consultative processes as part of its support came out.'],
    ["Did any of the IDM's workshops lead to continued work?", "The reports do not say whether any of the IDM's workshops led to continued work."],
    ['How will the money in the two lines be kept apart?', 'The reports do not say how the money in the two lines will be kept apart.'],
    ['When exactly will the second training session be held?', 'The reports do not say when exactly the second training session will be held.'],
    ['How many international migrants were there worldwide in 2000?', 'The reports do not say how many international migrants there were worldwide in 2000.'],
    // After be or have the word after the subject is no verb to check; an adverb stays before the verb it modifies.
    ['Is there a fund for return?', 'The reports do not say whether there is a fund for return.'],
    ['Has IOM ever raised the effects of climate change with the convention?', 'The reports do not say whether IOM has ever raised the effects of climate change with the convention.'],
    ['Why do they often steer clear of clinics?', 'The reports do not say why they often steer clear of clinics.'],
    ['When and how was the Centre set up?', 'The reports do not say when and how the Centre was set up.'],
    ['Which countries did the temporary workers that IOM helped send to Canada come from?', 'The reports do not say which countries the temporary workers that IOM helped send to Canada came from.'],
    // A modal goes before its "be" (not "… be will held"), and a pronoun is a whole subject ("when it is due to …").
    ['In which cities will the two workshops for African countries be held?', 'The reports do not say in which cities the two workshops for African countries will be held.'],
    ['When is it due to be finished?', 'The reports do not say when it is due to be finished.'],
    ['Through what fund can IOM help people who have been trafficked?', 'The reports do not say through what fund IOM can help people who have been trafficked.'],
    // A preposition that ends the question stays last.
    ['What was the earlier Council resolution about?', 'The reports do not say what the earlier Council resolution was about.'],
    ['Who is the fund for?', 'The reports do not say who the fund is for.'],
    ['What was the Global Consultation a follow-up to?', 'The reports do not say what the Global Consultation was a follow-up to.'],
    ['What is the budget of a project?', 'The reports do not say what the budget of a project is.'],
    ['What is the fee an applicant pays?', 'The reports do not say what the fee an applicant pays is.'],
    // "be" goes before an -ing form that does something ("trying to find out"), not before one that names a thing.
    ["What is IOM's study trying to find out?", "The reports do not say what IOM's study is trying to find out."],
    ['What is IOM doing to help migrants displaced by floods?', 'The reports do not say what IOM is doing to help migrants displaced by floods.'],
    ['What is the migration law training for staff about?', 'The reports do not say what the migration law training for staff is about.'],
    // An adjective by its ending is no verb, however far the verb is ("comparative … look at"); a verb in "-ive" is.
    [
      'Which countries did the IOM–USAID comparative study on large-scale administrative reparations programmes look at?',
      'The reports do not say which countries the IOM–USAID comparative study on large-scale administrative reparations programmes looked at.',
    ],
    ['Did the Mexican national government receive help?', 'The reports do not say whether the Mexican national government received help.'],
    // A wh-word's "'s" is "is", or "has" before "been" and a verb that takes no object.
    ["Who's funding the study?", 'The reports do not say who is funding the study.'],
    ["What's been done to help returnees?", 'The reports do not say what has been done to help returnees.'],
    ["What's happened to the migrants stranded in Libya?", 'The reports do not say what has happened to the migrants stranded in Libya.'],
    ["What's meant by circular migration?", 'The reports do not say what is meant by circular migration.'],
    // Verbs with an adjective's ending ("reveal", "arrive") are still verbs.
    ['What did the evaluation reveal?', 'The reports do not say what the evaluation revealed.'],
    ['When did IOM arrive in Haiti?', 'The reports do not say when IOM arrived in Haiti.'],
    // An -ing form that is as often a noun does not take "be" before it.
    ['What is the capacity building to achieve?', 'The reports do not say what the capacity building to achieve is.'],
    ["what's the reference number of the paper?", 'The reports do not say what the reference number of the paper is.'],
    // A noun by its ending, after an article, is no verb ("the 2007 resolutions adopting"); without one it may be.
    ['Which resolution does the 2007 resolution adopting the Strategy call to mind?', 'The reports do not say which resolution the 2007 resolution adopting the Strategy calls to mind.'],
    ['In what year did IOM commission an assessment?', 'The reports do not say in what year IOM commissioned an assessment.'],
    ['Did the government commission a study?', 'The reports do not say whether the government commissioned a study.'],
    // So is a word after a year that dates it ("the 2010 review"), but not after a year that ends a time phrase.
    ['How does the 2010 review of the Strategy describe the UN?', 'The reports do not say how the 2010 review of the Strategy describes the UN.'],
    ['How much did the evacuation of workers from Libya in 2011 cost?', 'The reports do not say how much the evacuation of workers from Libya in 2011 cost.'],
    // "has" goes before its participle and the adverbs right before it, not after the next known verb or noun.
    ['Has IOM volunteered to run a support office for the group?', 'The reports do not say whether IOM has volunteered to run a support office for the group.'],
    ['Has any of them already come up with a policy?', 'The reports do not say whether any of them has already come up with a policy.'],
    ['Which processes has IOM most recently helped develop?', 'The reports do not say which processes IOM has most recently helped develop.'],
    ['How many calls have the national trafficking hotlines received?', 'The reports do not say how many calls the national trafficking hotlines have received.'],
    ['How much has the annual operational spending on crisis work grown?', 'The reports do not say how much the annual operational spending on crisis work has grown.'],
    ['When and where was the IOM workshop on space tourism held?', 'The reports do not say when and where the IOM workshop on space tourism was held.'],
    // A demonstrative before a noun opens the subject; alone, it is the subject.
    ['How can those projects lead more people to come back?', 'The reports do not say how those projects can lead more people to come back.'],
    ['In which languages are those curricula available?', 'The reports do not say in which languages those curricula are available.'],
    ['When were those studies carried out?', 'The reports do not say when those studies were carried out.'],
    ['When is this due to be finished?', 'The reports do not say when this is due to be finished.'],
    ['Why is this a priority for IOM?', 'The reports do not say why this is a priority for IOM.'],
    ['How is this different from 2008?', 'The reports do not say how this is different from 2008.'],
    ['What are these funds used for?', 'The reports do not say what these funds are used for.'],
    ['Where are those offices?', 'The reports do not say where those offices are.'],
    ['How can IOM and these partners help?', 'The reports do not say how IOM and these partners can help.'],
    ['Why is this project important?', 'The reports do not say why this project is important.'],
    ['What was this figure in 2008?', 'The reports do not say what this figure was in 2008.'],
    ['Why is this relevant for IOM?', 'The reports do not say why this is relevant for IOM.'],
    ['Why is this needed?', 'The reports do not say why this is needed.'],
    // A word after an article is a noun ("on the move"), and the modal goes before an adverb of the verb.
    ['How could people on the move still help reach the goals?', 'The reports do not say how people on the move could still help reach the goals.'],
  ])('%s', (question, expected) => {
    expect(abstentionSentence(question)).toBe(expected);
  });

  it('says nothing is said about the topic of "What about …?"', () => {
    expect(abstentionSentence('What about the Andean region?')).toBe('The reports do not say anything about the Andean region.');
    expect(abstentionSentence('And how about reintegration?')).toBe('The reports do not say anything about reintegration.');
    expect(abstentionSentence('What about the costs, and who paid?')).toBe('The reports do not say anything that answers “What about the costs, and who paid?”');
    // The follow-up reader's other topic prompts; before, "The reports do not say what of the costs."
    expect(abstentionSentence('What of the costs?')).toBe('The reports do not say anything about the costs.');
    expect(abstentionSentence('Same question for Kenya?')).toBe('The reports do not say anything about Kenya.');
    expect(abstentionSentence('What about ?')).toBe('The reports do not say anything that answers “What about ?”');
    // "What of" followed by a verb is a clause; a topic without a question mark keeps one full stop.
    expect(abstentionSentence('What of the budget was spent on health?')).toBe('The reports do not say what of the budget was spent on health.');
    expect(abstentionSentence('What about Kenya.')).toBe('The reports do not say anything about Kenya.');
  });

  it('quotes questions it cannot restate and keyword queries', () => {
    expect(abstentionSentence('Why is migration so important?')).toBe('The reports do not say anything that answers “Why is migration so important?”');
    expect(abstentionSentence('space tourism policy')).toBe('The reports do not say anything about “space tourism policy”.');
    // Before: "who the IDM usuallies team up with".
    expect(abstentionSentence('Who does the IDM usually team up with to run its workshops?')).toBe('The reports do not say who the IDM usually teams up with to run its workshops.');
    expect(abstentionSentence('What does that consist of?')).toBe('The reports do not say anything that answers “What does that consist of?”');
    expect(abstentionSentence('How did IOM try to keep those services going in the long run?')).toBe('The reports do not say anything that answers “How did IOM try to keep those services going in the long run?”');
  });
});
