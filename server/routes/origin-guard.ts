/** Refuses requests (and websocket upgrades) from browser origins that are not allowed. */
import type { onRequestAsyncHookHandler } from 'fastify';
import { AppError } from '../errors';
import { isOriginAllowed } from '../origin-policy';

export function originGuard(allowed: readonly string[]): onRequestAsyncHookHandler {
  return async (request) => {
    const { origin, host } = request.headers;
    if (!isOriginAllowed(origin, host, allowed)) {
      throw new AppError('ORIGIN_NOT_ALLOWED', `Origin ${String(origin).slice(0, 200)} is not allowed; add it to ALLOWED_ORIGINS`);
    }
  };
}
