// Who is calling, by the operation's security scheme: a resident (bearer access token) or a hospital
// (X-Yika-Hospital-Key, which alone names the hospital). A missing or unknown credential is 401
// UNAUTHENTICATED, before any idempotency key is claimed or any rule runs.
import type { OperationAuth } from '../contract/operations';
import { PlatformError } from '../store/errors';
import type { PlatformStore } from '../store/store';

export const HOSPITAL_KEY_HEADER = 'X-Yika-Hospital-Key';

export interface Caller {
  accountId?: string;
  hospitalId?: string;
}

export async function authenticateCaller(
  auth: OperationAuth,
  request: Request,
  store: PlatformStore,
): Promise<Caller> {
  if (auth === 'none') return {};
  if (auth === 'hospitalKey') {
    const hospitalId = store.hospitalKeys.hospitalFor(request.headers.get(HOSPITAL_KEY_HEADER)?.trim() ?? '');
    if (hospitalId === undefined) throw new PlatformError('UNAUTHENTICATED');
    return { hospitalId };
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  if (!match?.[1]) throw new PlatformError('UNAUTHENTICATED');
  return { accountId: await store.auth.authenticate(match[1]) };
}

/** Idempotency keys belong to their caller: an account, a hospital, or nobody in particular. */
export function idempotencyScope(caller: Caller): string {
  if (caller.accountId !== undefined) return caller.accountId;
  if (caller.hospitalId !== undefined) return `hospital:${caller.hospitalId}`;
  return 'anonymous';
}
