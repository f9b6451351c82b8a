// Constants compiled in by defineConstants (config/index.ts, from YIKA_API_BASE_URL and YIKA_CHANNEL).
import type { Channel } from '@yika/sdk';

declare global {
  /** The platform's address for this build. */
  const YIKA_API_BASE_URL: string;
  /** The X-Yika-Channel value for this build. */
  const YIKA_CHANNEL: Channel;
}
