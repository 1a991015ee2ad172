// zod re-exports all of its ~40 message locales (about 300 KB, and 40 ms to load on every run of
// the command line). The tool writes its own Swedish messages (src/domain/config.ts), so the
// bundles keep only zod's English default. Shared by the CLI, web and bench builds.
import path from 'node:path';

export const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.c?js$/ }, (args) => {
      if (!args.importer.includes(`${path.sep}zod${path.sep}`)) return undefined;
      const ext = args.path.endsWith('.cjs') ? 'cjs' : 'js';
      return { path: path.resolve(`node_modules/zod/v4/locales/en.${ext}`) };
    });
  },
};
