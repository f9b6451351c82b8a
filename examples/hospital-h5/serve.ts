// Run: YIKA_BASE_URL=http://127.0.0.1:4010 YIKA_HOSPITAL_ID=... pnpm --filter @yika/examples hospital-h5
// and open the printed address. (The mock platform answers cross-origin calls, as the real one does for
// the hospitals' registered origins.)
import { createServer } from 'node:http';
import { bundleHospitalPage } from './bundle';

const baseURL = process.env.YIKA_BASE_URL ?? 'http://127.0.0.1:4010';
const hospitalId = process.env.YIKA_HOSPITAL_ID ?? '';
const port = Number(process.env.PORT ?? 4030);
const script = await bundleHospitalPage({ baseURL, hospitalId });
const html =
  '<!doctype html><meta charset="utf-8"><title>本院预约</title><div id="app"></div><script src="/page.js"></script>';

createServer((request, response) => {
  const isScript = request.url === '/page.js';
  response.writeHead(200, { 'Content-Type': `${isScript ? 'text/javascript' : 'text/html'}; charset=utf-8` });
  response.end(isScript ? script : html);
}).listen(port, '127.0.0.1');
console.log(`The hospital's H5 page: http://127.0.0.1:${port}/`);
