// The SDK's request overhead: the median time of a GET through the SDK over the same GET through bare
// axios, against a local server answering a realistic page of hospitals. Runs alternate in small batches
// so that drift (JIT, GC, the other core's load) falls on both sides alike.
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import axios from 'axios';

const BATCHES = 40;
const PER_BATCH = 50;
const WARMUP = 400;

function pageBody() {
  const data = Array.from({ length: 20 }, (_, i) => ({
    id: `hos_${i}`,
    name: `明州市第${i + 1}人民医院`,
    level: '3A',
    levelName: '三级甲等',
    type: 'general',
    district: { code: '330203', name: '海曙区' },
    address: `明州市海曙区中山路${100 + i}号`,
    tags: ['心血管内科', '儿科'],
  }));
  return JSON.stringify({ data, nextCursor: null });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export async function measureRequestOverhead(sdkDistEntry) {
  const body = pageBody();
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'req_bench' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseURL = `http://127.0.0.1:${server.address().port}`;

  const { createClient } = await import(pathToFileURL(sdkDistEntry).href);
  const client = createClient({ baseURL, channel: 'web' });
  const bare = axios.create({ baseURL });

  const viaAxios = () =>
    bare.get('/v1/hospitals', { params: { limit: 20 }, headers: { 'X-Yika-Channel': 'web' } });
  const viaSdk = () => client.hospitals.list({ limit: 20 });

  for (let i = 0; i < WARMUP; i++) {
    await viaAxios();
    await viaSdk();
  }
  const axiosTimes = [];
  const sdkTimes = [];
  const time = async (fn, into) => {
    for (let i = 0; i < PER_BATCH; i++) {
      const start = process.hrtime.bigint();
      await fn();
      into.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  };
  for (let batch = 0; batch < BATCHES; batch++) {
    if (batch % 2 === 0) {
      await time(viaAxios, axiosTimes);
      await time(viaSdk, sdkTimes);
    } else {
      await time(viaSdk, sdkTimes);
      await time(viaAxios, axiosTimes);
    }
  }
  await new Promise((resolve) => server.close(resolve));
  const axiosMedianMs = median(axiosTimes);
  const sdkMedianMs = median(sdkTimes);
  return {
    axiosGetMedianMicros: Math.round(axiosMedianMs * 1000),
    sdkGetMedianMicros: Math.round(sdkMedianMs * 1000),
    sdkRequestOverheadRatio: Number((sdkMedianMs / axiosMedianMs).toFixed(3)),
  };
}
