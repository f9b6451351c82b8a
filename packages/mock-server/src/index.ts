// @yika/mock-server: a stateful, seeded fake of the Yika regional platform, as msw handlers for tests and
// as a standalone HTTP server for the mini-program in development and for browser tests.
export { createPlatform, DEFAULT_SEED, type Platform, type PlatformOptions } from './platform';
export { startServer, type RunningServer, type StartServerOptions } from './server';
export type { MockClock } from './clock';
export type { FaultInjector, FaultKind, FaultRule } from './http/faults';
export type { PlatformStore } from './store/store';
export { PlatformError } from './store/errors';
export { DEMO_OPENID, DEMO_PHONE } from './store/seed/residents';
export {
  DEMO_PARENT_HOLDER,
  DEMO_SELF_HOLDER,
  SEEDED_UNBOUND_PERSONS,
  type SeededCardHolder,
} from './store/seed/card-holders';
export type { HospitalKey } from './store/cards/hospital-keys';
export {
  TEST_HOSPITAL_APP_ID,
  TEST_THIRD_PARTY_APP_ID,
  type AppKind,
  type AppPublicJwk,
  type AppRegistration,
  type RegisteredApp,
  type TestApp,
} from './store/apps/registry';
export { TOKEN_ENDPOINT_PATH } from './auth/client-assertions';
export { HOSPITAL_KEY_HEADER } from './http/caller';
export {
  CARD_CODE_CLOCK_TOLERANCE_SECONDS,
  CARD_CODE_REFRESH_AFTER_SECONDS,
  CARD_CODE_TTL_SECONDS,
  CARD_CODE_TYP,
} from './auth/card-codes';
