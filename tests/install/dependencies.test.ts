/**
 * What a fresh machine needs from the dependency tree: nothing that runs a native build or a
 * download at install time, and every production dependency accounted for in SECURITY.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; hasInstallScript?: boolean; dev?: boolean; resolved?: string }>;
};
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/**
 * Packages whose install script is allowed, each with why it works with neither a compiler nor
 * any network but the npm registry.
 */
const INSTALL_SCRIPT_ALLOWED: Record<string, string> = {
  'node_modules/esbuild':
    "install.js only checks that the platform's binary, shipped in the optional registry package @esbuild/linux-x64, is there and runs; only if npm skipped that package does it fetch the same tarball from registry.npmjs.org (never elsewhere), and it compiles nothing",
};

describe('package-lock.json on a fresh machine', () => {
  it('has no install script outside the allow-list', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, v]) => v.hasInstallScript)
      .map(([k]) => k);
    expect(withScripts.filter((k) => !(k in INSTALL_SCRIPT_ALLOWED))).toEqual([]);
  });

  it('every allow-listed package is still in the lock file (no stale entries)', () => {
    for (const k of Object.keys(INSTALL_SCRIPT_ALLOWED)) expect(lock.packages[k]?.hasInstallScript).toBe(true);
  });

  it('resolves every package from the npm registry (no git, file or tarball URLs)', () => {
    const specs = { ...pkg.dependencies, ...pkg.devDependencies };
    const odd = Object.entries(specs).filter(([, spec]) => /^(git|https?|file|github):|\//.test(spec));
    expect(odd).toEqual([]);
    const elsewhere = Object.entries(lock.packages)
      .filter(([, v]) => v.resolved && !v.resolved.startsWith('https://registry.npmjs.org/'))
      .map(([k]) => k);
    expect(elsewhere).toEqual([]);
  });

  it('pulls in neither keytar nor the Microsoft 365 toolkit CLI (npm start fetches the sideloading tool with npx)', () => {
    const names = Object.keys(lock.packages);
    expect(names.filter((k) => /node_modules\/(keytar|@microsoft\/m365agentstoolkit-cli|@azure\/msal-node-extensions)$/.test(k))).toEqual([]);
  });
});

/** The rows of SECURITY.md's table of production dependencies, by package name. */
function securityRows(): Map<string, string[]> {
  const text = readFileSync(path.join(ROOT, 'SECURITY.md'), 'utf8');
  const section = text.split('### Production dependencies')[1]?.split(/\n#{2,3} /)[0] ?? '';
  const rows = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (cells.length !== 4 || cells[0] === 'package' || /^-+$/.test(cells[0])) continue;
    rows.set(cells[0], cells);
  }
  return rows;
}

describe("SECURITY.md's table of production dependencies", () => {
  const rows = securityRows();
  const production = Object.keys(pkg.dependencies);

  it.each(production)('has a row for %s at the locked version, with a reason and the advisories looked up', (name) => {
    const row = rows.get(name);
    expect(row).toBeDefined();
    const [, version, why, advisories] = row!;
    expect(version).toBe(lock.packages[`node_modules/${name}`].version);
    expect(why.length).toBeGreaterThan(10);
    expect(advisories.length).toBeGreaterThan(3);
  });

  it('names no package that is not a production dependency', () => {
    expect([...rows.keys()].filter((n) => !production.includes(n))).toEqual([]);
  });
});

describe('the repository stands alone', () => {
  it('no script, test, source or CI file reads the shared folder beside the checkout', () => {
    // The pattern is written so that this file does not match it itself.
    const reference = /\.\.\/shared\b/;
    const files = ['package.json', ...['scripts', 'tests', 'src', '.ci'].flatMap((d) =>
      readdirSync(path.join(ROOT, d), { recursive: true }).map((f) => path.join(d, String(f))),
    )].filter((f) => /\.(ts|tsx|mjs|js|json|sh)$|^\.ci\/run$/.test(f));
    const hits = files.filter((f) => reference.test(readFileSync(path.join(ROOT, f), 'utf8')));
    expect(hits).toEqual([]);
  });
});
