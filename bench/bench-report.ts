/** The shape of bench/results/*.json: every measurement of one run, its targets and its errors. */
import type { BenchPlan } from './bench-plan';
import type { IngestMeasurement } from './measure-ingest';
import type { LangChainMeasurement } from './measure-langchain';
import type { LoadMeasurement } from './measure-load';
import type { QueryMeasurement } from './measure-queries';
import type { ScaleMeasurement } from './measure-scale';
import type { WebsocketMeasurement } from './measure-websocket';

export type TargetResult = { name: string; target: string; measured: string; pass: boolean | null };

export type BenchReport = {
  mode: BenchPlan['mode'];
  startedAt: string;
  durationSeconds: number;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string; loadAverage: { start: number; end: number } };
  plan: BenchPlan;
  corpus: { files: string[]; bytes: number };
  embedder: string;
  dimension: number;
  ingest?: IngestMeasurement;
  queries?: QueryMeasurement;
  websocket?: WebsocketMeasurement;
  langchain?: LangChainMeasurement;
  scale?: ScaleMeasurement;
  load?: LoadMeasurement;
  targets: TargetResult[];
  /** Sections that failed and asks that failed: any entry makes the run exit non-zero. */
  errors: string[];
};
