/**
 * Plain HTTP requests over real loopback TCP for abuse tests. `from` picks the client's loopback source
 * address (127.0.0.x), so each simulated client has its own rate-limit counter, as distinct hosts would.
 */
import http from 'node:http';

export type HttpResult = { status: number; headers: http.IncomingHttpHeaders; body: unknown };

export type HttpRequest = {
  url: string;
  method?: 'GET' | 'POST';
  from?: string;
  headers?: Record<string, string>;
  /** A string is sent with Content-Length; an array of chunks is streamed with chunked transfer encoding. */
  body?: string | string[];
};

export function httpRequest({ url, method = 'GET', from, headers = {}, body }: HttpRequest): Promise<HttpResult> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = http.request(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method, headers, localAddress: from, agent: false },
      (response) => {
        answered = true;
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text ? JSON.parse(text) : null }));
      },
    );
    // A server that refuses a large body may close before the client has written all of it.
    request.on('error', (error) => answered || reject(error));
    if (Array.isArray(body)) {
      for (const chunk of body) request.write(chunk);
      request.end();
    } else request.end(body);
  });
}
