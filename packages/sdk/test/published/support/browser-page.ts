// A page on its own loopback origin carrying a browser bundle, opened in Debian's chromium (no browser
// downloads here; as e2e/playwright.config.ts). The platform runs on another port, so every call the SDK
// makes from the page is a real cross-origin request with CORS preflights.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';

export interface BrowserPage {
  page: Page;
  origin: string;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function servePage(script: string): Server {
  const html = `<!doctype html><meta charset="utf-8"><title>Yika SDK</title><script src="/sdk.js"></script>`;
  return createServer((request, response) => {
    const isScript = request.url === '/sdk.js';
    response.writeHead(200, {
      'Content-Type': isScript ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
    });
    response.end(isScript ? script : html);
  });
}

export async function openPageWithScript(script: string): Promise<BrowserPage> {
  const server = servePage(script);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  // Another port than the platform's, so another origin.
  const origin = `http://127.0.0.1:${address.port}`;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    const opened = browser;
    return {
      page,
      origin,
      close: async () => {
        await opened.close();
        server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    server.close();
    throw error;
  }
}
