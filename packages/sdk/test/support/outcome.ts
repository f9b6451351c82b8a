import { isYikaError } from '../../src/errors';

/**
 * How a call ended, as one comparable string: 'ok', or the YikaError's code (with `withName`, `name:code`,
 * where the error class matters too). Anything that is not a YikaError is rethrown: a test must not pass
 * on an unexpected crash.
 */
export async function outcomeOf(promise: Promise<unknown>, withName = false): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isYikaError(error)) return withName ? `${error.name}:${error.code}` : error.code;
    throw error;
  }
  return 'ok';
}
