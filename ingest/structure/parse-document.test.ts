import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document';
import { IngestStructureError } from './errors';
import type { ContentBlock, ParsedDocument } from './types';
import { inlineText } from '../../test-support/structure-corpus';

/** Synthetic reports in formats the bundled corpus does not use, to show the rules are general. */

function own(doc: ParsedDocument, text: string, snippet: string): ContentBlock {
  const hits = doc.blocks.filter((b) => b.spans.some((s) => text.slice(s.start, s.end).includes(snippet)));
  expect(hits, snippet).toHaveLength(1);
  return hits[0];
}

const FILLER = 'The partners met every quarter to review progress against the agreed plan. '.repeat(7).trim();

const COUNCIL_REPORT = `WORLD ORGANIZATION FOR TESTING

EXECUTIVE COUNCIL

XY/2020/5

Original: French
3 March 2021

HUNDREDTH SESSION

REPORT ON WHO PARTNERSHIPS IN 2020

Summary

1. This report reviews the partnerships with the WHO and other agencies during 2020. ${FILLER}

I. Partnerships

A. Health

2. Joint projects reached 1,027.5 thousand people in 2020, at a cost of USD 783.8 million.¹ The largest project ran in the

XY/2020/5
Page 2

¹ Figures are provisional.

northern region, e.g. along the river.

3. The partners agreed to:

- share data;
- train staff.

B. Education

4. School programmes grew by 12 per cent over the year.² ${FILLER}

II. Outlook

5. Further growth is expected in 2021 in all regions. ${FILLER}

² Including distance learning.

XY/2020/5
Page 3

ANNEX I

Statistical tables

6. The tables follow the order of the report. ${FILLER}

XY/2020/5
Page 4
`;

describe('a council report: masthead, parts, lettered sections, numbered paragraphs', () => {
  const loaded = inlineText(COUNCIL_REPORT);
  const doc = parseDocument(loaded);
  const text = COUNCIL_REPORT;

  it('reads the masthead', () => {
    expect(doc.meta).toEqual({
      source: 'synthetic.txt',
      title: 'Report on WHO Partnerships in 2020',
      symbol: 'XY/2020/5',
      date: '3 March 2021',
      session: 'Hundredth Session',
    });
  });

  it('nests parts, lettered sections and the annex', () => {
    const paths = Object.fromEntries(
      doc.blocks.filter((b) => b.kind === 'paragraph' && b.paragraph).map((b) => [b.paragraph, b.sectionPath]),
    );
    expect(paths).toEqual({
      '1': ['Summary'],
      '2': ['I. Partnerships', 'A. Health'],
      '3': ['I. Partnerships', 'A. Health'],
      '4': ['I. Partnerships', 'B. Education'],
      '5': ['II. Outlook'],
      '6': ['ANNEX I', 'Statistical tables'],
    });
    expect(doc.sections.map((s) => [s.kind, s.label])).toEqual([
      ['plain', null],
      ['part', 'I'],
      ['part', 'II'],
      ['annex', 'I'],
    ]);
  });

  it('sets page headers aside and joins the paragraph they interrupt', () => {
    expect(doc.furniture.map((f) => text.slice(f.start, f.end))).toEqual([
      'XY/2020/5', 'Page 2', 'XY/2020/5', 'Page 3', 'XY/2020/5', 'Page 4',
    ]);
    const p2 = own(doc, text, 'Joint projects reached');
    expect(p2.spans.map((s) => text.slice(s.start, s.end))[1]).toBe('northern region, e.g. along the river.');
  });

  it('links footnotes to the paragraphs citing them and keeps lists with their paragraph', () => {
    expect(own(doc, text, 'Figures are provisional')).toMatchObject({ kind: 'footnote', paragraph: '2' });
    expect(own(doc, text, 'Including distance learning')).toMatchObject({ kind: 'footnote', paragraph: '4' });
    expect(own(doc, text, 'Including distance learning').sectionPath).toEqual(['I. Partnerships', 'B. Education']);
    expect(own(doc, text, 'train staff')).toMatchObject({ kind: 'list-item', paragraph: '3', label: '-' });
  });
});

const WRAPPED_REVIEW = `Annual Review of Field Work
in Three Regions

1. Background
The programme started in 2019 and covers three regions. Its budget was set at
the start of the cycle.3 Each region reports twice a year to the board, which
meets in Geneva.

a. Northern region

Work in the north focused on water supply and on training local engineers for
the maintenance of pumps and pipes in the

12 October 2010

villages of the valley.

b. Southern region

Work in the south was delayed by floods for most of the year.

3 The budget is reviewed every year.
`;

describe('a hard-wrapped review: headings glued to text, digit footnotes, a date line at a page break', () => {
  const text = WRAPPED_REVIEW;
  const doc = parseDocument(inlineText(text));

  it('joins a wrapped title and splits a heading from the line under it', () => {
    expect(doc.meta.title).toBe('Annual Review of Field Work in Three Regions');
    expect(doc.sectionList.map((s) => s.path.join(' › '))).toEqual([
      '1. Background',
      '1. Background › a. Northern region',
      '1. Background › b. Southern region',
    ]);
    expect(own(doc, text, 'The programme started').sectionPath).toEqual(['1. Background']);
  });

  it('reads a digit-led line as a footnote when its number is cited, and files it under the citing paragraph', () => {
    const note = own(doc, text, 'The budget is reviewed');
    expect(note.footnote).toMatchObject({ number: '3', inferred: false });
    expect(note.sectionPath).toEqual(['1. Background']);
  });

  it('continues a sentence cut by a page break, across the stray line printed there', () => {
    const north = own(doc, text, 'Work in the north');
    expect(text.slice(north.spans[north.spans.length - 1].start, north.end)).toBe('villages of the valley.');
  });
});

const UNMARKED_HEADINGS = `Field Notes

Some context comes first in a sentence that is long enough to be body text.

Cycle 2020: Building Capacity

Regional Workshops

Three workshops were held in 2020 with all partners present.

Training Sessions

Two training sessions were held for the staff of the missions.

Cycle 2021

Plans for 2021 are still under discussion with the partners.

(a) Gender and Migration

The first theme looks at gender in all its aspects and dimensions.

(b) Return

The second theme looks at return and reintegration of migrants.

Loose Ends
`;

describe('unmarked headings nest by position and printed shape', () => {
  const text = UNMARKED_HEADINGS;
  const doc = parseDocument(inlineText(text));

  it('makes a heading with no text of its own a parent, and same-shaped headings siblings', () => {
    expect(own(doc, text, 'Three workshops').sectionPath).toEqual(['Cycle 2020: Building Capacity', 'Regional Workshops']);
    expect(own(doc, text, 'Two training sessions').sectionPath).toEqual(['Cycle 2020: Building Capacity', 'Training Sessions']);
    expect(own(doc, text, 'Plans for 2021').sectionPath).toEqual(['Cycle 2021']);
    expect(own(doc, text, 'The second theme').sectionPath).toEqual(['Cycle 2021', '(b) Return']);
  });

  it('turns a trailing heading with nothing under it into text, so nothing is lost', () => {
    expect(doc.sectionList.some((s) => s.heading === 'Loose Ends')).toBe(false);
    expect(own(doc, text, 'Loose Ends')).toMatchObject({ kind: 'text', sectionPath: ['Cycle 2021', '(b) Return'] });
    expect(doc.meta.title).toBe('Field Notes');
  });
});

const UNMARKED_NOTES = `1. The first paragraph cites a study.¹ It is complete.

2. The second paragraph stops in the middle of a

A note printed at the foot of the page (Geneva, 2010).

sentence and ends on the next page.

3. The third paragraph is complete.²

See the website of the programme for the full data set (Geneva, 2011).

4. The fourth paragraph follows.
`;

describe('notes printed without a number are recognised by where they sit', () => {
  const text = UNMARKED_NOTES;
  const doc = parseDocument(inlineText(text));

  it('a block inside a cut sentence is a note (the next number, if a marker has it), and the sentence is joined around it', () => {
    const p2 = own(doc, text, 'The second paragraph');
    expect(p2.spans).toHaveLength(2);
    expect(own(doc, text, 'A note printed at the foot')).toMatchObject({ kind: 'footnote', paragraph: '1' });
  });

  it('an unnumbered block between ¶3 and ¶4 is a note, linked to the marker it completes', () => {
    const note = own(doc, text, 'See the website');
    expect(note.footnote).toMatchObject({ inferred: true, number: '2' });
    expect(note.paragraph).toBe('3');
  });
});

const MARKDOWN = `# Annual Report 2020

Opening words of the report, written as one full sentence.

## Programmes

### Health
The health programme reached more people than planned this year.

### Education

1. Schools reopened in all regions by the end of March.

## Finance

Spending stayed within the approved budget for the year.
`;

describe('a Markdown report', () => {
  const text = MARKDOWN;
  const doc = parseDocument({ ...inlineText(text, 'notes.md'), format: 'md' });

  it('takes the leading "# …" as the title and nests "##"/"###" sections', () => {
    expect(doc.meta.title).toBe('Annual Report 2020');
    expect(own(doc, text, 'The health programme').sectionPath).toEqual(['Programmes', 'Health']);
    expect(own(doc, text, 'Schools reopened')).toMatchObject({ paragraph: '1', sectionPath: ['Programmes', 'Education'] });
    expect(own(doc, text, 'Spending stayed').sectionPath).toEqual(['Finance']);
  });
});

describe('bad input', () => {
  it('rejects an empty text with a stable code', () => {
    const attempt = () => parseDocument(inlineText(' \n\n \t'));
    expect(attempt).toThrow(IngestStructureError);
    try {
      attempt();
    } catch (error) {
      expect(IngestStructureError.isInstance(error) && error.code).toBe('INGEST_EMPTY_DOCUMENT');
    }
  });

  it('rejects something that is not a LoadedText', () => {
    expect(() => parseDocument({ source: 'x.txt' } as never)).toThrow(/string `source` and `text`/);
  });

  it('parses a one-line document', () => {
    const doc = parseDocument(inlineText('Just one line of text without structure.'));
    expect(doc.blocks).toHaveLength(1);
    expect(doc.meta.title).toBe('synthetic');
  });
});
