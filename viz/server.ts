/**
 * The results viewer: an HTTP server on 127.0.0.1 that lists the results folders under a root
 * and serves their reports (built on request when missing or older than the folder's manifest)
 * and their tables. It serves nothing outside the root (see safePath.ts), answers only GET and
 * HEAD, and only to requests addressed to the loopback host (a page elsewhere cannot reach it
 * through DNS rebinding).
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { writeFileAtomic } from '../base/atomicWrite.ts';
import { listFolders } from './folders.ts';
import { parseLang } from './client/strings.ts';
import { indexPage } from './indexPage.ts';
import { POLICY, reportPage } from './page.ts';
import { OutsideFolderError } from '../base/errors.ts';
import { reportData } from './report.ts';
import type { Lang } from './reportData.ts';
import { resolveInside } from '../base/safePath.ts';
import { REPORT_FILE } from '../output/names.ts';
import { RESULTS_MANIFESTS } from '../output/readFolder.ts';

/** Kinds of file served, by extension; anything else is not found. */
const TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

export interface ViewServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Starts the viewer.
 * @param root - the folder holding results folders (e.g. `results/`)
 * @param port - 0 for any free port
 */
export function startViewServer(root: string, port: number, lang: Lang = 'en'): Promise<ViewServer> {
  const server = createServer((req, res) => {
    try {
      handle(root, lang, req, res);
    } catch (error) {
      if (error instanceof OutsideFolderError) return refuse(res, 403, 'the folder links to files outside the results folder');
      // Details stay on the viewer's console: a message may quote a file's contents.
      process.stderr.write(`ronghe view: ${req.url ?? ''}: ${error instanceof Error ? error.message : String(error)}\n`);
      send(res, 500, 'text/plain; charset=utf-8', '500 Internal error: the report could not be built; see the viewer\'s console\n');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${bound}/`, server, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

function handle(root: string, defaultLang: Lang, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'only GET and HEAD\n', { Allow: 'GET, HEAD' });
  const port = (req.socket.localPort ?? 0).toString();
  if (!new Set([`127.0.0.1:${port}`, `localhost:${port}`]).has(req.headers.host ?? '')) return send(res, 403, 'text/plain; charset=utf-8', 'addressed to another host\n');
  const raw = req.url ?? '/';
  const query = raw.indexOf('?');
  const pathname = query < 0 ? raw : raw.slice(0, query);
  const params = new URLSearchParams(query < 0 ? '' : raw.slice(query + 1));
  const lang: Lang = parseLang(params.get('lang')) ?? defaultLang;

  if (pathname === '/') return send(res, 200, 'text/html; charset=utf-8', indexPage(listFolders(root), root, lang), { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" });

  // A report is built when asked for, so the folder need only hold its manifest (and results).
  if (pathname.endsWith(`/${REPORT_FILE}`)) {
    const folder = resolveInside(root, pathname.slice(0, -REPORT_FILE.length - 1) || '/');
    if (!folder.ok) return refuse(res, folder.status, folder.reason);
    // An existing report is read only if it, too, lies inside (it could be a link out).
    const existing = resolveInside(root, pathname);
    if (!existing.ok && existing.status !== 404) return refuse(res, existing.status, existing.reason);
    const page = reportFor(root, folder.path, existing.ok ? existing.path : null, lang);
    if (page === null) return refuse(res, 404, 'not a results folder');
    return send(res, 200, 'text/html; charset=utf-8', page, { 'Content-Security-Policy': POLICY });
  }

  const file = resolveInside(root, pathname);
  if (!file.ok) return refuse(res, file.status, file.reason);
  const type = TYPES[extname(file.path).toLowerCase()];
  if (type === undefined || !statSync(file.path).isFile()) return refuse(res, 404, 'not a file the viewer serves');
  send(res, 200, type, readFileSync(file.path));
}

/**
 * The folder's report: the existing file when it is newer than the manifest, else built (and
 * saved when the folder is writable).
 */
function reportFor(root: string, dir: string, existing: string | null, lang: Lang): string | null {
  const manifest = RESULTS_MANIFESTS.map((name) => statSync(join(dir, name), { throwIfNoEntry: false })).find((s) => s !== undefined);
  if (manifest === undefined) return null;
  if (existing !== null && statSync(existing).mtimeMs >= manifest.mtimeMs) return readFileSync(existing, 'utf8');
  const page = reportPage(reportData(dir, lang, root));
  try {
    writeFileAtomic(join(dir, REPORT_FILE), page);
  } catch {
    // A read-only folder is still viewed; its report is built again next time.
  }
  return page;
}

function refuse(res: ServerResponse, status: number, reason: string): void {
  const title = status === 403 ? 'Forbidden' : status === 400 ? 'Bad request' : 'Not found';
  send(res, status, 'text/plain; charset=utf-8', `${status} ${title}: ${reason}\n`);
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}
