// Who is calling, by the operation's security scheme: a resident (bearer access token) or a hospital
// (X-Yika-Hospital-Key, which alone names the hospital, or a hospital app's bearer access token from the
// client credentials grant). A missing or unknown credential is 401 UNAUTHENTICATED, before any
// idempotency key is claimed or any rule runs; a genuine app token that may not act for a hospital (a
// third-party app's) is 403 INSUFFICIENT_SCOPE.
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
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  if (auth === 'hospitalKey') {
    const key = request.headers.get(HOSPITAL_KEY_HEADER);
    // The key wins when both are sent: kiosks configured with a key keep working as they did.
    if (key === null && bearer !== undefined) return { hospitalId: await store.appAuth.hospitalFor(bearer) };
    const hospitalId = store.hospitalKeys.hospitalFor(key?.trim() ?? '');
    if (hospitalId === undefined) throw new PlatformError('UNAUTHENTICATED');
    return { hospitalId };
  }
  if (!bearer) throw new PlatformError('UNAUTHENTICATED');
  return { accountId: await store.auth.authenticate(bearer) };
}

/** Idempotency keys belong to their caller: an account, a hospital, or nobody in particular. */
export function idempotencyScope(caller: Caller): string {
  if (caller.accountId !== undefined) return caller.accountId;
  if (caller.hospitalId !== undefined) return `hospital:${caller.hospitalId}`;
  return 'anonymous';
}
