// Measures what a fresh machine pays to install the project: `npm ci` on a clean clone of
// HEAD with an empty npm cache (so every package comes from the registry), its wall time,
// and the size of node_modules afterwards. Prints one JSON object; `npm run bench:install`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const work = mkdtempSync(path.join(os.tmpdir(), 'finsam-install-'));
const clone = path.join(work, 'repo');
const cache = path.join(work, 'npm-cache');
try {
  execFileSync('git', ['clone', '-q', process.cwd(), clone]);
  const started = process.hrtime.bigint();
  const ci = spawnSync('npm', ['ci', '--cache', cache, '--no-audit', '--no-fund'], { cwd: clone, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (ci.status !== 0) {
    console.error(ci.stdout, ci.stderr);
    throw new Error(`npm ci misslyckades i en ren klon (slutkod ${ci.status})`);
  }
  const du = execFileSync('du', ['-sk', path.join(clone, 'node_modules')], { encoding: 'utf8' });
  const megabytes = Math.round(Number(du.split('\t')[0]) / 1024);
  console.log(JSON.stringify({
    what: 'npm ci on a clean clone with an empty cache',
    npmCiSeconds: Math.round(seconds * 10) / 10,
    nodeModulesMegabytes: megabytes,
    cores: os.cpus().length,
    node: process.version,
    targets: { npmCiSeconds: 60, nodeModulesMegabytes: 500 },
    met: seconds <= 60 && megabytes <= 500,
  }, null, 2));
} finally {
  rmSync(work, { recursive: true, force: true });
}
