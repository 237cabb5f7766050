import { createServer, type ServerResponse, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, requireDist } from './dist.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};
/** What a host compresses; Pagefind's index files and WebAssembly are gzip already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

/**
 * How the server answers: `normal`, `hang` (never answers: a network that has stopped
 * moving) or `503` (a host in trouble). Tests switch it while the browser stays open.
 */
type Mode = 'normal' | 'hang' | '503';

export interface ServeOptions {
  /** The build to serve (dist/ by default): a test serves a second build as a new deploy. */
  dist?: string;
  /** Gzip text responses (level 9, as the bench's page weights count them), as a host does. */
  gzip?: boolean;
  /** Extra response headers on every answer, e.g. a host's `Cache-Control: max-age=…`. */
  headers?: Record<string, string>;
  mode?: Mode;
}

export interface DistServer {
  origin: string;
  close: () => Promise<void>;
  /** Every response sent: its path, status and body bytes as sent (after gzip). */
  sent: { path: string; status: number; bytes: number }[];
  /** Changes how later requests are answered: another build, other headers, another mode. */
  set: (change: ServeOptions) => void;
}

/** A static server over dist/ on 127.0.0.1, as a plain host would serve the site. */
export async function serveDist(options: ServeOptions = {}): Promise<DistServer> {
  const current: Required<Pick<ServeOptions, 'dist' | 'gzip' | 'headers' | 'mode'>> = { dist: DIST, gzip: false, headers: {}, mode: 'normal', ...options };
  if (current.dist === DIST) requireDist();
  const sent: DistServer['sent'] = [];
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (current.mode === 'hang') {
      hanging.add(res);
      return;
    }
    if (current.mode === '503') {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', ...current.headers });
      res.end('Service Unavailable');
      sent.push({ path, status: 503, bytes: 19 });
      return;
    }
    const dist = current.dist;
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) file = join(dist, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found && existsSync(`${file}.html`)) file += '.html';
    const status = existsSync(file) ? 200 : 404;
    if (status === 404) file = join(dist, '404.html');
    let body = readFileSync(file);
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...current.headers };
    if (current.gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(status, headers);
    res.end(body);
    sent.push({ path, status, bytes: body.length });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    sent,
    set: (change) => Object.assign(current, change),
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
