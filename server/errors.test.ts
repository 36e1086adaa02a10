import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError, errorCodes, toAppError } from './errors';

const readme = readFileSync(path.join(import.meta.dirname, 'README.md'), 'utf8');
/** Rows of the README's error table: | `CODE` | status | ... | */
const documented = [...readme.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*(\d{3})\s*\|/gm)].map((m) => ({ code: m[1], status: Number(m[2]) }));

describe('error code registry', () => {
  it('documents every code in server/README.md with its status', () => {
    for (const [code, { status }] of Object.entries(errorCodes)) {
      expect(documented.filter((row) => row.code === code), code).toEqual([{ code, status }]);
    }
  });

  it('documents no code that the registry lacks', () => {
    expect(documented.map((row) => row.code).sort()).toEqual(Object.keys(errorCodes).sort());
  });

  it('uses SCREAMING_SNAKE codes, HTTP error statuses and a doc line for each', () => {
    for (const [code, { status, doc }] of Object.entries(errorCodes)) {
      expect(code).toMatch(/^[A-Z][A-Z_]+$/);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(600);
      expect(doc.length).toBeGreaterThan(20);
    }
  });
});

describe('toAppError', () => {
  it('keeps AppErrors as they are', () => {
    const error = new AppError('PASSAGE_NOT_FOUND', 'No passage "x"');
    expect(toAppError(error)).toBe(error);
    expect(error.statusCode).toBe(404);
    expect(AppError.isInstance(error)).toBe(true);
  });

  it('maps Fastify client errors onto our codes', () => {
    const tooLarge = Object.assign(new Error('Request body is too large'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 });
    expect(toAppError(tooLarge).toBody()).toEqual({ code: 'BODY_TOO_LARGE', message: 'Request body is too large' });
  });

  it('hides the details of anything unexpected', () => {
    const mapped = toAppError(new Error('ENOENT: /secret/path'));
    expect(mapped.toBody()).toEqual({ code: 'INTERNAL', message: 'Internal server error' });
    expect(mapped.statusCode).toBe(500);
    expect(AppError.isInstance(new Error('x'))).toBe(false);
  });
});
