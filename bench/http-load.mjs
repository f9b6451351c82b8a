// The load generator's tools: JSON over plain node:http with keep-alive sockets, a runner that keeps a
// fixed number of requests in flight, and percentiles. Plain node:http rather than the SDK: the generator
// shares the two cores with the server, so every microsecond it spends (axios, interceptors, retries) is
// taken from the server being measured; the SDK's own cost is measured apart (sdkRequestOverheadRatio).
import { Agent, request as httpRequest } from 'node:http';

export const CHANNEL = 'wechat-miniapp';

/** A client with at most `sockets` keep-alive connections to `baseUrl`. */
export function createJsonClient(baseUrl, sockets) {
  const { hostname, port } = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });

  /** Resolves { status, body, ms } (ms: from sending to the whole answer read). */
  function send(method, path, { body, headers = {} } = {}) {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const start = process.hrtime.bigint();
      const req = httpRequest(
        {
          agent,
          hostname,
          port,
          method,
          path,
          headers: {
            Accept: 'application/json',
            'X-Yika-Channel': CHANNEL,
            ...(payload === undefined
              ? {}
              : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) }),
            ...headers,
          },
        },
        (res) => {
          const chunks = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const ms = Number(process.hrtime.bigint() - start) / 1e6;
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode, body: text === '' ? undefined : JSON.parse(text), ms });
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** Like `send`, but anything other than `expected` is an error naming the route and the answer. */
  async function expectStatus(expected, method, path, options) {
    const answer = await send(method, path, options);
    if (answer.status !== expected) {
      throw new Error(
        `${method} ${path}: expected ${expected}, got ${answer.status} ${JSON.stringify(answer.body)}`,
      );
    }
    return answer.body;
  }

  return { send, expectStatus, close: () => agent.destroy() };
}

/** Calls `task(i)` for i = 0..count-1 with at most `inFlight` running at once; results in index order. */
export async function runPool(count, inFlight, task) {
  const results = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, count) }, worker));
  return results;
}

/** Nearest-rank percentile (p in 0..100) of `values`, which it does not change. */
export function percentile(values, p) {
  if (values.length === 0) throw new Error('no values');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Milliseconds with two decimals, for results.json. */
export const roundMs = (ms) => Math.round(ms * 100) / 100;
