/**
 * Real paragraphs of the bundled reports as Passages, for the composer's tests. Each passage is found
 * by searching its opening words in the report file, so offsets are exact (text === source.slice(start,
 * end)); titles, section paths and paragraph numbers are typed by hand.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Passage } from '../ingest/types';

const REPORTS = fileURLToPath(new URL('../data/reports/', import.meta.url));
const texts = new Map<string, string>();

export function reportText(source: string): string {
  let text = texts.get(source);
  if (text === undefined) {
    text = readFileSync(`${REPORTS}${source}`, 'utf8');
    texts.set(source, text);
  }
  return text;
}

type Doc = Pick<Passage, 'source' | 'title' | 'symbol' | 'date'>;

export const STRATEGY_REVIEW: Doc = { source: '003_c8beaa6237c2b2c4.txt', title: 'Review of the IOM Strategy', symbol: 'MC/INF/302', date: '2010-10-12' };
export const IDM_2007: Doc = { source: '004_f5d453e5d967b2d5.txt', title: 'International Dialogue on Migration 2007', symbol: 'IC/2007/7', date: '2007-06-12' };
export const HLD_ACTIVITIES: Doc = {
  source: '000_3ad2074d6c553691.txt',
  title: 'Recent IOM Activities Relevant to the Upcoming High-Level Dialogue on International Migration and Development',
  symbol: null,
  date: null,
};
export const POLICY_RESEARCH: Doc = { source: '002_a49d0c20b8ca94b8.txt', title: 'Migration Policy and Research Activities', symbol: null, date: null };
export const IOM_OVERVIEW: Doc = { source: '001_8423bfa31fba8c72.txt', title: 'International Organization for Migration', symbol: null, date: null };

type Spec = {
  doc: Doc;
  /** The passage's first characters, unique in the file. */
  from: string;
  /** The passage's last characters (the first occurrence after `from`); default: up to the next blank line. */
  through?: string;
  sectionPath: string[];
  paragraph: string | null;
  page?: number | null;
};

/** Cuts one passage out of its report; throws when the anchors are not found. */
export function slicePassage(spec: Spec): Passage {
  const text = reportText(spec.doc.source);
  const start = text.indexOf(spec.from);
  if (start < 0 || text.indexOf(spec.from, start + 1) >= 0) throw new Error(`"${spec.from}" is not unique in ${spec.doc.source}`);
  let end: number;
  if (spec.through) {
    const at = text.indexOf(spec.through, start);
    if (at < 0) throw new Error(`"${spec.through}" not found after "${spec.from}"`);
    end = at + spec.through.length;
  } else {
    const blank = text.indexOf('\n\n', start);
    end = blank < 0 ? text.length : blank;
  }
  return {
    id: `${spec.doc.source}#${spec.paragraph ?? start}`,
    ...spec.doc,
    sectionPath: spec.sectionPath,
    paragraph: spec.paragraph,
    page: spec.page ?? null,
    start,
    end,
    text: text.slice(start, end),
  };
}

const PART_II = 'II. Changes at IOM';
const PART_III = "III. IOM's work in implementing the 12-point Strategy";

export const PASSAGES = {
  trends: slicePassage({ doc: STRATEGY_REVIEW, from: '4. According to the Population Division', sectionPath: ['I. Major trends and developments in the migration field since June 2007'], paragraph: '4' }),
  expenditures: slicePassage({ doc: STRATEGY_REVIEW, from: '9. Total expenditures', sectionPath: [PART_II], paragraph: '9' }),
  preConsular: slicePassage({ doc: STRATEGY_REVIEW, from: "15. The objectives of IOM's pre-consular work", through: 'air transport for migrants and governments.', sectionPath: [PART_III, 'Point 1'], paragraph: '15' }),
  visaServices: slicePassage({ doc: STRATEGY_REVIEW, from: "16. IOM's services in support", sectionPath: [PART_III, 'Point 1'], paragraph: '16' }),
  migrantTraining: slicePassage({ doc: STRATEGY_REVIEW, from: '17. Migrant training is another component', through: 'integration prospects where possible.', sectionPath: [PART_III, 'Point 1'], paragraph: '17' }),
  trainingFigures: slicePassage({ doc: STRATEGY_REVIEW, from: "18. IOM's migrant training activities", sectionPath: [PART_III, 'Point 1'], paragraph: '18' }),
  healthAssessments: slicePassage({ doc: STRATEGY_REVIEW, from: '19. IOM also undertakes health assessments', sectionPath: [PART_III, 'Point 1'], paragraph: '19' }),
  resettlement: slicePassage({ doc: STRATEGY_REVIEW, from: '20. Since its founding', sectionPath: [PART_III, 'Point 1'], paragraph: '20' }),
  capacityCentre: slicePassage({ doc: STRATEGY_REVIEW, from: '30. In 2008, the African Capacity-building Centre', through: 'and migration and development.', sectionPath: [PART_III, 'Point 3'], paragraph: '30' }),
  expertSeminar: slicePassage({ doc: IDM_2007, from: '- 2. A small expert seminar', sectionPath: ['IDM 2007: Migration Management in the Evolving Global Economy', 'Migration and the Environment: Expert Seminar'], paragraph: '2' }),
  firstWorkshop: slicePassage({ doc: IDM_2007, from: '- 7. The first IDM intersessional workshop', sectionPath: ['IDM 2007: Migration Management in the Evolving Global Economy', 'Intersessional Workshops'], paragraph: '7' }),
  trainingSessions: slicePassage({ doc: IDM_2007, from: 'In partnership with the Graduate Institute', sectionPath: ['IDM 2007: Migration Management in the Evolving Global Economy', 'IDM Training Sessions'], paragraph: null }),
  idmForum: slicePassage({ doc: HLD_ACTIVITIES, from: 'IOM Council’s International Dialogue on Migration (IDM) is a forum', sectionPath: ['International Dialogue on Migration'], paragraph: null }),
  idmWorkshops: slicePassage({ doc: HLD_ACTIVITIES, from: 'In addition to annual sessions', sectionPath: ['IDM intersessional workshops'], paragraph: null }),
  membership: slicePassage({ doc: POLICY_RESEARCH, from: 'Now, with 101 Member States', sectionPath: ['B. Priority areas of activity', '1. IOM Council International Dialogue on Migration'], paragraph: null }),
  returnProgramme: slicePassage({ doc: IOM_OVERVIEW, from: 'Finally, many countries of origin have inadequate capacity', sectionPath: ['Migration as a choice, not a necessity'], paragraph: null }),
} satisfies Record<string, Passage>;

export const ALL_PASSAGES: Passage[] = Object.values(PASSAGES);
