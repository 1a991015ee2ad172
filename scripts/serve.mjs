// Serves dist/web on localhost: HTTPS with the Office dev certificates for the add-in
// (`--https`, port 3000), plain HTTP for the preview. office.js and its files come from
// @microsoft/office-js under /office-js/. Only loopback; nothing else is reachable.
// `--root=DIR` serves another build (the tests'); `--port=0` takes a free port (printed).
import { createServer as createHttp } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const https = args.includes('--https');
const port = Number(args.find((a) => a.startsWith('--port='))?.slice(7) ?? (https ? 3000 : 3001));
const root = path.resolve(args.find((a) => a.startsWith('--root='))?.slice(7) || 'dist/web');
const officeRoot = path.resolve('node_modules/@microsoft/office-js/dist');
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css',
  '.png': 'image/png', '.json': 'application/json', '.map': 'application/json', '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.xml': 'application/xml', '.svg': 'image/svg+xml',
};

function resolve(url) {
  const clean = decodeURIComponent(new URL(url, 'http://x').pathname);
  const [base, rel] = clean.startsWith('/office-js/') ? [officeRoot, clean.slice('/office-js/'.length)] : [root, clean.slice(1) || 'preview.html'];
  const file = path.resolve(base, rel);
  return file.startsWith(base + path.sep) || file === base ? file : null;
}

function handler(req, res) {
  const file = resolve(req.url ?? '/');
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Finns inte');
    return;
  }
  res.writeHead(200, {
    'content-type': types[path.extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  createReadStream(file).pipe(res);
}

let server;
if (https) {
  const devCerts = await import('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  server = createHttps(options, handler);
} else {
  server = createHttp(handler);
}
server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address();
  console.log(`Finsam Budget: ${https ? 'https' : 'http'}://localhost:${actual}/${https ? 'taskpane.html' : 'preview.html'}`);
});
