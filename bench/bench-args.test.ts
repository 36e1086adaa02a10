import { describe, expect, it } from 'vitest';
import { BenchArgsError, parseBenchArgs } from './bench-args';
import { FULL_PLAN, QUICK_PLAN } from './bench-plan';

describe('parseBenchArgs', () => {
  it('runs the full plan by default and the quick plan with --quick', () => {
    expect(parseBenchArgs([]).plan).toEqual(FULL_PLAN);
    expect(parseBenchArgs(['--quick']).plan).toEqual(QUICK_PLAN);
  });

  it('overrides scale and load sizes without touching the shared plans', () => {
    const { plan } = parseBenchArgs(['--quick', '--scale', '20', '--clients', '4', '--per-client', '2']);
    expect(plan).toMatchObject({ mode: 'quick', scaleCopies: 20, load: { clients: 4, questionsPerClient: 2 } });
    expect(QUICK_PLAN.scaleCopies).toBe(5);
  });

  it('rejects unknown options and bad counts', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow(BenchArgsError);
    expect(() => parseBenchArgs(['--fast'])).toThrow("Unknown option '--fast'");
    expect(() => parseBenchArgs(['--scale', '0'])).toThrow('--scale needs a positive integer, got 0');
    expect(() => parseBenchArgs(['--clients', 'many'])).toThrow(/positive integer/);
    expect(() => parseBenchArgs(['--clients'])).toThrow(BenchArgsError);
  });
});
