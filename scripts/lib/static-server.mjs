// A small static file server for web/ (scripts/serve) and for the browser tests.
// Binds 127.0.0.1 only. Each page carries its Content-Security-Policy in a <meta> tag
// (PAGE_CSP, checked by tests/browser/security.test.mjs), so it travels with the files; a
// meta policy cannot say who may frame the page, so the server sends that (FRAMING): only
// the embed frame may be framed, by anyone. Everything else gets CORS, so the widget's
// module and .wasm load from another origin.
// With { gzip: true } (scripts/bench) text and .wasm go out gzip-compressed to a client
// that accepts it, as a static host would serve them; the tests serve them as they are.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// Our own pages: no inline script or style, no eval; 'wasm-unsafe-eval' only to compile WASM.
// This exact text is in every page's <meta http-equiv="Content-Security-Policy">.
export const PAGE_CSP = [
  "default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'",
  "img-src 'self' data:", "connect-src 'self'", "worker-src 'self'", "manifest-src 'self'",
  "object-src 'none'", "base-uri 'self'", "form-action 'self'",
].join('; ');

// Who may frame a page (HTTP headers only): the embed frame anyone, every other page nobody.
export const EMBEDDABLE = ['/embed-frame.html'];
export function framingHeaders(urlPath) {
  return EMBEDDABLE.includes(urlPath)
    ? { 'Content-Security-Policy': 'frame-ancestors *' }
    : { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' };
}

// What a static host compresses: text and WebAssembly, not images (already compressed).
const COMPRESSIBLE = /^(text\/|application\/(json|wasm|manifest\+json)|image\/svg\+xml)/;

// file -> {mtimeMs, bytes}: each file is compressed once, as a host would keep it.
const gzipCache = new Map();
async function gzipped(file, info) {
  const hit = gzipCache.get(file);
  if (hit && hit.mtimeMs === info.mtimeMs) return hit.bytes;
  const bytes = gzipSync(await readFile(file), { level: 9 });
  gzipCache.set(file, { mtimeMs: info.mtimeMs, bytes });
  return bytes;
}

/**
 * @param {{root: string, port?: number, host?: string, gzip?: boolean,
 *          headers?: (path: string) => object}} options
 * @returns {Promise<{server: import('node:http').Server, url: string, close: () => Promise<void>}>}
 */
export async function startStaticServer({ root, port = 0, host = '127.0.0.1', headers, gzip = false } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(base, urlPath));
      if (file !== base && !file.startsWith(base + sep)) { res.writeHead(403).end('forbidden'); return; }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) { file = join(file, 'index.html'); info = await stat(file).catch(() => null); }
      if (!info?.isFile()) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const extra = headers ? headers(urlPath, type) : defaultHeaders(type, urlPath);
      if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const bytes = await gzipped(file, info);
        res.writeHead(200, { 'Content-Type': type, 'Content-Length': bytes.length, 'Content-Encoding': 'gzip',
          Vary: 'Accept-Encoding', 'Cache-Control': 'no-cache', ...extra });
        res.end(req.method === 'HEAD' ? undefined : bytes);
        return;
      }
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': info.size, 'Cache-Control': 'no-cache', ...extra });
      if (req.method === 'HEAD') { res.end(); return; }
      createReadStream(file).pipe(res);
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(err));
    }
  });
  await new Promise((ok, fail) => { server.once('error', fail); server.listen(port, host, ok); });
  const url = `http://${host}:${server.address().port}/`;
  return { server, url, close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(() => ok()); }) };
}

export function defaultHeaders(type, urlPath = '') {
  return type.startsWith('text/html')
    ? framingHeaders(urlPath)
    : { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin', 'Timing-Allow-Origin': '*' };
}

// CLI: node scripts/lib/static-server.mjs <root> [port]
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const [root = 'web', port = process.env.PORT ?? '8080'] = process.argv.slice(2);
  const { url } = await startStaticServer({ root, port: Number(port) });
  console.log(`Proximity is served at ${url}  (Ctrl-C to stop)`);
}
