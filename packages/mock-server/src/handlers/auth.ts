// Sign-in, tokens and keys. Thin: the rules live in store/auth.ts.
import { defineOperation } from '../http/operation';

export const authOperations = [
  defineOperation('getJwks', ({ store }) => ({ status: 200, body: store.keys.jwks() })),

  defineOperation('loginWithWechatCode', async ({ store, body }) => ({
    status: 200,
    body: await store.auth.loginWithWechatCode(body.code),
  })),

  defineOperation('sendSmsCode', ({ store, body }) => ({
    status: 202,
    body: store.auth.sendSmsCode(body.phone, body.purpose),
  })),

  defineOperation('loginWithSmsCode', async ({ store, body }) => ({
    status: 200,
    body: await store.auth.loginWithSmsCode(body.phone, body.code),
  })),

  defineOperation('refreshSession', async ({ store, body }) => ({
    status: 200,
    body: await store.auth.refresh(body.refreshToken),
  })),

  defineOperation('logout', ({ store, body }) => {
    store.auth.logout(body.refreshToken);
    return { status: 204 };
  }),

  defineOperation('getMe', ({ store, accountId }) => {
    if (accountId === undefined) throw new Error('getMe ran without an authenticated account');
    return { status: 200, body: store.auth.me(accountId) };
  }),
];
