// Run: YIKA_BASE_URL=http://127.0.0.1:4010 pnpm --filter @yika/examples third-party-backend [district]
import { answer, createPublicClient, hospitalNames, soonestSlots } from './service';

const yika = createPublicClient(process.env.YIKA_BASE_URL ?? 'http://127.0.0.1:4010');
const district = process.argv[2] ?? '330203';
console.log(JSON.stringify(await answer(() => soonestSlots(yika, 'pediatrics', district)), null, 2));
console.log(JSON.stringify(await answer(() => hospitalNames(yika, district)), null, 2));
