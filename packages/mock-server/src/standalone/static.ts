// Serves a static build (the mini-program's H5 output) from one directory: index.html for '/', content
// types by extension, and nothing outside the directory (no `..`, no symlinks leading out).
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Serves `pathname` from `root`; answers 403/404 itself. */
export async function serveStatic(
  root: string,
  pathname: string,
  method: string,
  res: ServerResponse,
): Promise<void> {
  const plain = (status: number, text: string) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(text);
  };
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method Not Allowed');
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return plain(400, 'Bad Request');
  }
  const rootReal = await realpath(root);
  const candidate = resolve(rootReal, `.${decoded}`);
  if (decoded.includes('\0') || !inside(rootReal, candidate)) return plain(403, 'Forbidden');
  const file = await findFile(candidate);
  if (!file) return plain(404, 'Not Found');
  const real = await realpath(file);
  if (!inside(rootReal, real)) return plain(403, 'Forbidden');
  const info = await stat(real);
  res.writeHead(200, {
    'Content-Type': contentTypeFor(real),
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
  });
  if (method === 'HEAD') return void res.end();
  createReadStream(real).pipe(res);
}

function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root + sep);
}

/** The file itself, or a directory's index.html; undefined when there is none. */
async function findFile(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) {
      const index = join(path, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    // Missing: a 404.
  }
  return undefined;
}
