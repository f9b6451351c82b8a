// Residents who already have accounts: the demo resident every unknown WeChat code signs in as (so WeChat
// DevTools and the H5 "模拟微信登录" button work), plus a crowd of seeded residents.

export const DEMO_OPENID = 'o_demo_resident';
export const DEMO_PHONE = '13800001234';
export const DEMO_NICKNAME = '明州居民';

export const SEEDED_RESIDENT_COUNT = 24;

export const NICKNAMES = [
  '小明妈妈',
  '阿强',
  '张阿姨',
  '老李',
  '晴天',
  '海曙小王',
  '江北陈先生',
  '向日葵',
  '奉化人',
  '周周',
  '一帆风顺',
  '健康第一',
] as const;

/** Current mainland mobile prefixes of the three carriers. */
export const PHONE_PREFIXES = [
  '138',
  '139',
  '135',
  '136',
  '137',
  '150',
  '151',
  '158',
  '159',
  '186',
  '187',
  '188',
  '177',
  '199',
] as const;

export const OPENID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
