// The standalone mock platform: a node:http server that feeds every /v1 request to the platform's
// pipeline (platform.dispatch: matched as its msw handlers match, without msw's per-request work), plus
// CORS, the /__control/ API and, optionally, a static H5 build.
// Faults reach the socket: a reset or commit-then-drop destroys the connection instead of answering.
import { statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { errorResponse } from './http/errors';
import { newRequestId } from './http/request-id';
import { createPlatform, type Platform } from './platform';
import { handleControl } from './standalone/control';
import { answerPreflight, applyCors } from './standalone/cors';
import { sendFetchResponse, toFetchRequest } from './standalone/node-bridge';
import { serveStatic } from './standalone/static';
import { handleWechatPay, isWechatPayRoute } from './standalone/wxpay-routes';

export interface StartServerOptions {
  /** The platform to serve (default: a new one with seed 1). */
  platform?: Platform;
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** A directory to serve at / (the mini-program's H5 build). */
  staticDir?: string;
  /** Where server notices (SMS codes, with the phone masked) go; default console.log. */
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  platform: Platform;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = '127.0.0.1';

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const platform = options.platform ?? createPlatform();
  const log = options.log ?? ((line: string) => console.log(line));
  const staticDir = options.staticDir === undefined ? undefined : resolve(options.staticDir);
  const host = options.host ?? DEFAULT_HOST;
  if (staticDir !== undefined && !statSync(staticDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`staticDir is not a directory: ${staticDir}`);
  }

  const server = createServer((req, res) => {
    route(platform, staticDir, req, res).catch((error: unknown) => {
      console.error(`[yika-mock] ${req.method ?? ''} ${(req.url ?? '').split('?')[0] ?? ''} failed:`, error);
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Internal Server Error');
      } else {
        res.destroy();
      }
    });
  });
  const unsubscribe = platform.sms.onSent(({ maskedPhone, code, purpose }) =>
    log(`[sms] ${maskedPhone} 验证码 ${code}${purpose === 'card' ? '（办卡）' : ''}`),
  );

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${shownHost}:${port}`,
    platform,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        unsubscribe();
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}

async function route(
  platform: Platform,
  staticDir: string | undefined,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  applyCors(req, res);
  if (answerPreflight(req, res)) return;
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? DEFAULT_HOST}`);
  if (isWechatPayRoute(url.pathname)) return handleWechatPay(platform, req, url, res);
  if (url.pathname.startsWith('/__control/')) return handleControl(platform, req, url, res);
  if (url.pathname === '/v1' || url.pathname.startsWith('/v1/')) {
    const request = await toFetchRequest(req, url);
    const response =
      (await platform.dispatch(request, url.pathname)) ?? errorResponse('NOT_FOUND', newRequestId());
    // msw's HttpResponse.error() (a reset or commit-then-drop fault): the client sees a dropped connection.
    if (response.type === 'error') return void res.destroy();
    return sendFetchResponse(res, response);
  }
  if (staticDir !== undefined) return serveStatic(staticDir, url.pathname, req.method ?? 'GET', res);
  return sendFetchResponse(res, errorResponse('NOT_FOUND', newRequestId()));
}
