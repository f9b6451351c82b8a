// One msw server per test file; each test gets a fresh platform whose handlers replace the previous ones.
// A platform started at a fixed `now` keeps its clock still between the test's own moves, so times in its
// answers are exactly the ones the test expects however slow the machine is.
import { setupServer } from 'msw/node';
import { createPlatform, type Platform, type PlatformOptions } from '../../src';

export function usePlatform(options: PlatformOptions = {}): { readonly platform: Platform } {
  const server = setupServer();
  const state: { platform?: Platform } = {};
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    state.platform = createPlatform({
      validateResponses: true,
      frozenClock: options.now !== undefined,
      ...options,
    });
    server.resetHandlers(...state.platform.handlers);
  });
  afterAll(() => server.close());
  return {
    get platform() {
      if (!state.platform) throw new Error('usePlatform: no platform outside a test');
      return state.platform;
    },
  };
}
