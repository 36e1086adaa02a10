import { describe, expect, it } from 'vitest';
import { documentProfile, NamedSources, sourceMention } from './named-source';

const meta = (source: string, title: string, date: string | null = null, symbol: string | null = null) => ({ source, title, symbol, date, session: null });

const sources = new NamedSources(
  [
    documentProfile(meta('strategy.txt', 'Review of the IOM Strategy', '12 October 2010', 'MC/INF/302'), 'The IOM Strategy was approved in June 2007.', ['Introduction', 'IV. IOM Strategy: Looking ahead']),
    documentProfile(meta('hld.txt', 'International Organization for Migration'), 'IOM is the leading global agency on migration.', ['6. Recommendations for the 2013 High-level Dialogue']),
    documentProfile(meta('idm.txt', 'International Dialogue on Migration 2007', '12 June 2007', 'IC/2007/7'), 'IOM International Organization for Migration. This Discussion Note provides an update on IDM activities in 2007 and proposes themes for the IDM in 2008.', ['IDM 2008']),
    documentProfile(meta('mprp.txt', 'Migration Policy and Research Activities'), 'In June 2001, a Migration Policy and Research Programme (MPRP) was set up.', ['B. PRIORITY AREAS OF ACTIVITY']),
  ],
  new Map([['MPRP', 'Migration Policy and Research Programme']]),
);

describe('NamedSources', () => {
  it.each([
    ['How many staff did IOM have, according to the 2010 Strategy review?', 'strategy.txt'],
    ["According to IOM's chapter for the 2013 High-level Dialogue, who proposed Migration Profiles?", 'hld.txt'],
    ["What themes were proposed, according to IOM's June 2007 note on the IDM?", 'idm.txt'],
    ['Who chairs the roundtables, according to the MPRP paper?', 'mprp.txt'],
  ])('reads the source a question names: %s', (question, source) => expect(sources.sourceFor(question)).toBe(source));

  it.each([
    ["How does the 2010 review of the IOM Strategy describe IOM's relationship with the UN?", 'strategy.txt'],
    ["Which themes does IOM's discussion note on the IDM propose?", 'idm.txt'],
    ["In IOM's chapter for the 2013 High-level Dialogue, which crises are named?", 'hld.txt'],
  ])('reads a document of IOM\'s named by its kind: %s', (question, source) => expect(sources.sourceFor(question)).toBe(source));

  it('does not let the word for a kind of document decide which one it is', () => {
    // "paper" is in the review's opening, not in the MPRP paper's: the words that name it decide.
    const two = new NamedSources([
      documentProfile(meta('strategy.txt', 'Review of the IOM Strategy'), 'This paper serves to assist Member States in their review of migration policy and research.', []),
      documentProfile(meta('mprp.txt', 'Migration Policy and Research Activities'), 'Research and Forum activities have been part of IOM work.', []),
      documentProfile(meta('hld.txt', 'International Organization for Migration'), 'IOM is the leading global agency on migration.', []),
    ]);
    expect(two.sourceFor("What does it say about training, according to IOM's paper on its migration policy and research activities?")).toBe('mprp.txt');
  });

  it("reads a document named by its kind after any owner, not only the corpus's own organisation", () => {
    expect(sourceMention("What does UNHCR's 2009 note on the Global Consultation say?")?.text).toBe('2009 note on the Global Consultation');
    expect(sourceMention("How does IOM's 2010 review of the IOM Strategy describe it?")?.text).toBe('2010 review of the IOM Strategy');
  });

  it('takes no report the documents cite for one of them', () => {
    expect(sources.sourceFor('How many migrants did Gallup survey for the 2013 World Migration Report?')).toBeNull();
  });

  it('names none for a source that is none of the documents, or for no source at all', () => {
    expect(sources.sourceFor("What share of migrants are women, according to UNDP's Human Development Report 2009?")).toBeNull();
    expect(sources.sourceFor('According to IOM, what is migration?')).toBeNull();
    expect(sources.sourceFor('How many staff did IOM have in 2010?')).toBeNull();
  });
});
