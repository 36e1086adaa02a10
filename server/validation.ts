/** Zod parsing that fails with an AppError whose code says what was wrong. */
import type { z } from 'zod';
import { AppError, type ErrorCode } from './errors';

/** Fields that carry the user's question; their length problems get their own codes. */
const QUESTION_FIELDS = new Set(['question', 'q']);

function codeFor(issue: z.core.$ZodIssue, fallback: ErrorCode): ErrorCode {
  if (!QUESTION_FIELDS.has(String(issue.path[0])) || issue.path.length !== 1) return fallback;
  if (issue.code === 'too_big') return 'QUESTION_TOO_LONG';
  if (issue.code === 'too_small') return 'EMPTY_QUESTION';
  return fallback;
}

function describe(issue: z.core.$ZodIssue): string {
  const field = issue.path.length ? issue.path.join('.') : 'value';
  return issue.code === 'invalid_type' && issue.input === undefined ? `${field} is required` : `${field}: ${issue.message}`;
}

/**
 * Parses `value` or throws an AppError naming the first bad field.
 * @example const body = parseInput(askBodySchema, request.body, 'BAD_REQUEST');
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, fallback: ErrorCode): z.output<S> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new AppError(codeFor(issue, fallback), describe(issue), { cause: result.error });
}
