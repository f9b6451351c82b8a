/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by Taro for the platform being built. */
    TARO_ENV?: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'rn' | 'harmony';
    /** The platform's address, read at build time (see config/env.ts). */
    YIKA_API_BASE_URL?: string;
    /** Overrides the channel sent as X-Yika-Channel (for example hospital-app for an embedded H5 build). */
    YIKA_CHANNEL?: string;
    /** `false` for a build against a real platform: no WeChat Pay simulator confirmation (config/env.ts). */
    YIKA_PAY_SIMULATOR?: string;
  }
}
