import { describe, expect, it } from 'vitest';
import { isOriginAllowed } from './origin-policy';

describe('isOriginAllowed', () => {
  const allowed = ['https://intranet.example'];

  it('allows clients that send no Origin (non-browser)', () => {
    expect(isOriginAllowed(undefined, 'localhost:3000', allowed)).toBe(true);
  });

  it('allows same origin, case-insensitively', () => {
    expect(isOriginAllowed('http://LOCALHOST:3000', 'localhost:3000', [])).toBe(true);
  });

  it('allows listed origins and refuses others', () => {
    expect(isOriginAllowed('https://intranet.example', 'localhost:3000', allowed)).toBe(true);
    expect(isOriginAllowed('https://evil.example', 'localhost:3000', allowed)).toBe(false);
    expect(isOriginAllowed('http://intranet.example', 'localhost:3000', allowed)).toBe(false);
  });

  it('matches default ports whether or not they are written', () => {
    expect(isOriginAllowed('http://localhost', 'localhost:80', [])).toBe(true);
    expect(isOriginAllowed('https://reports.example:443', 'reports.example', [])).toBe(true);
    expect(isOriginAllowed('https://reports.example', 'reports.example:80', [])).toBe(false);
  });

  it('refuses a different port on the same host', () => {
    expect(isOriginAllowed('http://localhost:4000', 'localhost:3000', [])).toBe(false);
  });

  it('refuses the opaque origin "null" unless * is listed', () => {
    expect(isOriginAllowed('null', 'localhost:3000', allowed)).toBe(false);
    expect(isOriginAllowed('null', 'localhost:3000', ['*'])).toBe(true);
  });
});
