// A throwaway copy of web/ (with its own freshly built service worker) for tests that
// change files, e.g. to simulate a new deployment. The real web/ is never modified.
import { cpSync, mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WEB_ROOT } from './browser.mjs';
import { startStaticServer } from '../../../scripts/lib/static-server.mjs';
import { buildServiceWorker } from '../../../scripts/lib/build-sw.mjs';

export async function serveWebCopy() {
  const base = mkdtempSync(join(tmpdir(), 'proximity-web-'));
  const root = join(base, 'web');
  cpSync(WEB_ROOT, root, { recursive: true });
  const rebuild = () => buildServiceWorker(root, { force: true, stampFile: join(base, 'sw.stamp') });
  await rebuild();
  const server = await startStaticServer({ root });
  return {
    root, url: server.url,
    /** Edits a file of the copy and rebuilds the service worker: a new deployment. */
    async deploy(file, edit) {
      const path = join(root, file);
      writeFileSync(path, edit(readFileSync(path, 'utf8')));
      await rebuild();
    },
    close: async () => { await server.close(); rmSync(base, { recursive: true, force: true }); },
  };
}
