/** Which browser origins may call the API and open the websocket. */

/**
 * Allowed: no Origin header (curl, server-to-server; browsers always send one cross-origin),
 * same origin (Origin's host equals the Host header), an origin listed in ALLOWED_ORIGINS, or any when `*` is listed.
 * @example isOriginAllowed('https://intranet.example', 'localhost:3000', ['https://intranet.example']) // true
 */
export function isOriginAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  if (allowed.includes('*')) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false; // includes the opaque origin "null"
  }
  if (host !== undefined && sameHost(parsed, host)) return true;
  return allowed.includes(parsed.origin);
}

/** Compares through URL parsing so `localhost:80` (Host) matches `http://localhost` (Origin). */
function sameHost(origin: URL, host: string): boolean {
  try {
    return new URL(`${origin.protocol}//${host}`).host === origin.host;
  } catch {
    return false;
  }
}
