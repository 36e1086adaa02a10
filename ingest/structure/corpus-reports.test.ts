import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document';
import type { ContentBlock, ParsedDocument } from './types';
import { loadReport } from '../../test-support/structure-corpus';

/** Facts read off the five bundled reports by hand; each pins one rule of the parser on real OCR text. */

function parse(prefix: string) {
  const loaded = loadReport(prefix);
  return { loaded, doc: parseDocument(loaded) };
}

/** The one block whose own text (not an enclosed footnote) contains `snippet`. */
function blockWith(doc: ParsedDocument, text: string, snippet: string): ContentBlock {
  const own = doc.blocks.filter((b) => b.spans.some((s) => text.slice(s.start, s.end).includes(snippet)));
  if (own.length !== 1) throw new Error(`expected one block with ${JSON.stringify(snippet)}, got ${own.length}`);
  return own[0];
}

/** The numbered paragraph `n` of the body (or of the section whose path starts with `under`). */
function numbered(doc: ParsedDocument, n: string, under?: string[]): ContentBlock {
  const hits = doc.blocks.filter((b) => b.kind === 'paragraph' && b.paragraph === n && b.unit === b.index);
  const scoped = under
    ? hits.filter((b) => under.every((h, i) => b.sectionPath[i] === h))
    : hits.filter((b) => b.sectionPath[0] !== 'Annex');
  expect(scoped).toHaveLength(1);
  return scoped[0];
}

describe('MC/INF/302 (003): numbered paragraphs under parts and points', () => {
  const { loaded, doc } = parse('003_');
  const { text } = loaded;

  it('reads the metadata from the front matter', () => {
    expect(doc.meta).toMatchObject({
      title: 'Review of the IOM Strategy',
      symbol: 'MC/INF/302',
      date: '12 October 2010',
      session: 'Ninety-ninth Session',
    });
    expect(doc.titleAsWritten).toBe('REVIEW OF THE IOM STRATEGY');
  });

  it('files ¶16 under part III › Point 1', () => {
    expect(numbered(doc, '16').sectionPath).toEqual([
      "III. IOM's work in implementing the 12-point Strategy",
      'Point 1: To provide secure, reliable, flexible and cost-effective services for persons who require international migration assistance.',
    ]);
    expect(numbered(doc, '1').sectionPath).toEqual(['Introduction']);
    expect(numbered(doc, '78').sectionPath).toEqual(['IV. IOM Strategy: Looking ahead']);
  });

  it('finds all 83 body paragraphs, each once and in order', () => {
    const body = doc.blocks.filter((b) => b.kind === 'paragraph' && b.unit === b.index && b.paragraph && b.sectionPath[0] !== 'Annex');
    expect(body.map((b) => b.paragraph)).toEqual(Array.from({ length: 83 }, (_, i) => String(i + 1)));
  });

  it('joins a paragraph split by a page break, also across the footnote printed in between', () => {
    const p5 = numbered(doc, '5');
    expect(p5.spans).toHaveLength(2);
    expect(text.slice(p5.spans[1].start, p5.spans[1].end)).toMatch(/^July 2007\. Since then/);
    const p23 = numbered(doc, '23');
    expect(p23.spans).toHaveLength(2);
    expect(text.slice(p23.start, p23.end)).toContain('³ The document entitled');
    expect(text.slice(p23.spans[1].start, p23.spans[1].end)).toMatch(/^provides training and capacity-building/);
  });

  it('keeps list items with the paragraph that introduces them, across an interrupting footnote', () => {
    const p73 = numbered(doc, '73');
    const items = doc.blocks.filter((b) => b.unit === p73.index && b.kind === 'list-item');
    expect(items).toHaveLength(4);
    expect(items.every((b) => b.paragraph === '73')).toBe(true);
    const tail = blockWith(doc, text, 'Initiatives to this end take place');
    expect(tail).toMatchObject({ kind: 'paragraph', paragraph: '47', unit: numbered(doc, '47').index });
  });

  it('links each footnote to the paragraph or heading that cites it', () => {
    const note = (snippet: string) => blockWith(doc, text, snippet);
    expect(note("Regarding IOM's work on migration health")).toMatchObject({ kind: 'footnote', paragraph: '13' });
    // Printed inside ¶23 (page break) but cited by ¶22.
    expect(note('The human rights of migrants: IOM policy and activities')).toMatchObject({ paragraph: '22' });
    expect(note('buyresponsibly')).toMatchObject({ paragraph: '70' });
    const onHeading = note('This Strategy point is accompanied by the following footnote');
    expect(onHeading.footnote?.citedBy?.kind).toBe('heading');
    expect(onHeading.sectionPath[1]).toMatch(/^Point 9: /);
    // The annex restarts its numbering at ¹.
    const annexNote = note('¹ Although IOM has no legal protection mandate');
    expect(annexNote.footnote?.number).toBe('1');
    expect(annexNote).toMatchObject({ paragraph: '9' });
    expect(annexNote.sectionPath).toEqual(['Annex', 'IOM STRATEGY DOCUMENT', 'Part I: Strategy']);
  });

  it('builds the annex sections', () => {
    expect(doc.sections.filter((s) => s.kind === 'annex')).toHaveLength(2);
    expect(numbered(doc, '3', ['Annex', 'RESOLUTION No. 1150 (XCIII)']).sectionPath).toEqual(['Annex', 'RESOLUTION No. 1150 (XCIII)', 'IOM STRATEGY']);
    const subItem = blockWith(doc, text, 'Ceiling for funding of national projects');
    expect(subItem).toMatchObject({ kind: 'list-item', paragraph: null });
  });
});

describe('IC/2007/7 (004): unmarked headings and OCR bullets', () => {
  const { loaded, doc } = parse('004_');
  const { text } = loaded;

  it('reads the metadata', () => {
    expect(doc.meta).toMatchObject({
      title: 'International Dialogue on Migration 2007',
      symbol: 'IC/2007/7',
      date: '12 June 2007',
      session: null,
    });
  });

  it('nests the unmarked headings by their printed shape', () => {
    const idm2007 = 'IDM 2007: Migration Management in the Evolving Global Economy';
    expect(numbered(doc, '2').sectionPath).toEqual([idm2007, 'Migration and the Environment: Expert Seminar']);
    expect(numbered(doc, '6').sectionPath).toEqual([idm2007, 'Intersessional Workshops']);
    expect(numbered(doc, '11').sectionPath).toEqual(['IDM 2008']);
    expect(blockWith(doc, text, 'Female migrants constitute').sectionPath).toEqual([
      'IDM 2008',
      '(a) Mainstreaming Gender into Migration Management',
    ]);
  });

  it('reads "- 2." bullets as numbered paragraphs', () => {
    expect(text.slice(numbered(doc, '2').start).startsWith('- 2. A small expert seminar')).toBe(true);
  });

  it('recognises the unnumbered link note between ¶5 and ¶6 as the footnote of ¶3', () => {
    const link = blockWith(doc, text, 'To access the materials of the seminar');
    expect(link).toMatchObject({ kind: 'footnote', paragraph: '3' });
    expect(link.footnote).toMatchObject({ inferred: true, number: '1' });
  });

  it('joins page-split paragraphs', () => {
    const plans = blockWith(doc, text, 'Plans for the second intersessional workshop');
    expect(plans.spans).toHaveLength(2);
    expect(text.slice(plans.spans[1].start, plans.spans[1].end)).toMatch(/^will seek to build/);
  });
});

describe('001: unnumbered chapter with superscript footnotes', () => {
  const { loaded, doc } = parse('001_');
  const { text } = loaded;

  it('falls back to the organisation line for a title and finds no symbol or date', () => {
    expect(doc.meta).toMatchObject({ title: 'International Organization for Migration', symbol: null, date: null });
  });

  it('attaches footnote 4 to the paragraph citing it', () => {
    const note = blockWith(doc, text, 'In 2011 alone, 42,664 persons participated');
    const citer = blockWith(doc, text, 'the United Kingdom and the United States of America.⁴');
    expect(note.footnote).toMatchObject({ number: '4', inferred: false, citedBy: { kind: 'block', block: citer.index } });
    expect(citer.cites).toEqual(['3', '4']);
    expect(note.sectionPath).toEqual([
      '1. Migration and development activities since the 2006 Highlevel Dialogue',
      'Migration for the human development of individual migrants',
    ]);
  });

  it('joins paragraphs across page breaks and the footnotes printed there', () => {
    const religious = blockWith(doc, text, 'strengthen the role of migrant religious');
    expect(text.slice(religious.spans[1].start, religious.spans[1].end)).toMatch(/^leaders in integration/);
    const gfmd = blockWith(doc, text, 'In Mauritius in 2012, the');
    expect(text.slice(gfmd.spans[1].start, gfmd.spans[1].end)).toMatch(/^IOM Director General opened/);
    const bullet = blockWith(doc, text, 'including by ensuring equitable pay and');
    expect(text.slice(bullet.spans[1].start, bullet.spans[1].end)).toMatch(/^- conditions of work/);
  });

  it('recognises unmarked notes by position', () => {
    const interrupter = blockWith(doc, text, 'A summary of the perspective and work of IOM');
    expect(interrupter.footnote?.inferred).toBe(true);
    const reference = blockWith(doc, text, 'For other relevant studies on the subject');
    expect(reference.footnote).toMatchObject({ inferred: true, number: '15' });
    expect(reference.footnote?.citedBy).toMatchObject({ block: blockWith(doc, text, 'State and non-State actors.¹⁵').index });
  });

  it('nests Roman sub-items under their lettered item', () => {
    const item = blockWith(doc, text, '(ii) Engage both migrants and the host society');
    expect(doc.blocks[item.unit].label).toBe('- (a)');
  });
});

describe('000: hard-wrapped OCR with lettered headings', () => {
  const { loaded, doc } = parse('000_');
  const { text } = loaded;

  it('joins the two title lines and keeps the ALL-CAPS line below as a section', () => {
    expect(doc.meta.title).toBe(
      'Recent IOM Activities Relevant to the Upcoming High-Level Dialogue on International Migration and Development',
    );
    expect(doc.sections[0].heading).toBe('SCROSS-CUTTING ACTIVITIES');
  });

  it('reads an OCR "C." between "b." and "d." as the third lower-case letter', () => {
    const block = blockWith(doc, text, 'The return and reintegration of skilled and qualified nationals');
    expect(block.sectionPath).toEqual(['SCROSS-CUTTING ACTIVITIES', '1. Operational programmes', 'C. Return of qualified nationals']);
    expect(block.spans).toHaveLength(3);
    expect(text.slice(block.spans[2].start, block.spans[2].end)).toMatch(/^include recruitment/);
  });

  it('keeps a two-line numbered heading and the endnotes section', () => {
    expect(doc.sectionList.map((s) => s.heading)).toContain(
      '2. Themigration of highly skilled persons, and labour migration more generally',
    );
    expect(blockWith(doc, text, 'Constitution of the International Organization for Migration, Preamble')).toMatchObject({
      kind: 'footnote',
      sectionPath: ['ENDNOTES'],
    });
  });
});

describe('002: lettered parts with numbered headings', () => {
  const { loaded, doc } = parse('002_');
  const { text } = loaded;

  it('reads the title and the tree', () => {
    expect(doc.meta).toMatchObject({ title: 'Migration Policy and Research Activities', symbol: null });
    expect(doc.sections.map((s) => s.heading)).toEqual(['A. MIGRATION AND POLICY RESEARCH MANDATE', 'B. PRIORITY AREAS OF ACTIVITY']);
    expect(doc.sections[1].children.map((s) => s.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
  });

  it('tells numbered paragraphs from numbered headings', () => {
    expect(numbered(doc, '2').sectionPath).toEqual(['A. MIGRATION AND POLICY RESEARCH MANDATE']);
    expect(blockWith(doc, text, 'The report entitled *World Migration 2003').sectionPath).toEqual([
      'B. PRIORITY AREAS OF ACTIVITY',
      '2. *World Migration Report*',
    ]);
    const intro = blockWith(doc, text, 'several research projects have been completed by the Division, including:');
    expect(doc.blocks.filter((b) => b.unit === intro.index && b.kind === 'list-item')).toHaveLength(6);
  });
});
