// Constants compiled in by defineConstants (config/index.ts, from YIKA_API_BASE_URL, YIKA_CHANNEL and
// YIKA_PAY_SIMULATOR).
import type { Channel } from '@yika/sdk';

declare global {
  /** The platform's address for this build. */
  const YIKA_API_BASE_URL: string;
  /** The X-Yika-Channel value for this build. */
  const YIKA_CHANNEL: Channel;
  /** Whether payments are confirmed through the mock platform's WeChat Pay simulator (config/env.ts). */
  const YIKA_PAY_SIMULATOR: boolean;
}
