// A minimal static file server for the built site (dist/), on loopback and a free port, so the
// end-to-end tests need nothing but Node.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.py': 'text/x-python; charset=utf-8',
};

/**
 * Serves `dir` on 127.0.0.1; resolves to `{ url, close, requested }` once listening.
 * `requested` lists every path asked for, in order; paths in `missing` are answered 404 as if
 * they were not there (a test's way to make a download fail).
 */
export async function serveDirectory(dir, { missing = [] } = {}) {
  const root = resolve(dir);
  const requested = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    requested.push(path);
    if (missing.includes(path)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    requested,
    close: () => new Promise((done) => server.close(done)),
  };
}
