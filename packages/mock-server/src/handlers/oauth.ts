// The OAuth token endpoint for hospital and third-party servers (client credentials, private_key_jwt).
// Thin: the checks live in auth/client-assertions.ts, the tokens in auth/app-tokens.ts.
import { TOKEN_ENDPOINT_PATH } from '../auth/client-assertions';
import { defineOperation } from '../http/operation';

export const oauthOperations = [
  defineOperation('issueAppToken', async ({ store, body, request }) => ({
    status: 200,
    body: await store.appAuth.issueToken(body, new URL(TOKEN_ENDPOINT_PATH, request.url).href),
    // RFC 6749 §5.1: a token answer is never cached.
    headers: { 'Cache-Control': 'no-store', Pragma: 'no-cache' },
  })),
];
