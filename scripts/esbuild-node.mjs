// The esbuild options both bundles share (the CLI's, scripts/build-cli.mjs; the Action's,
// scripts/build-action.mjs): one ES module build for the Node the package declares.
export const NODE_ESM = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Bundled CommonJS dependencies (yaml, graphql, picomatch) call require() for Node's built-ins.
  banner: { js: "import { createRequire as __abrCreateRequire } from 'node:module';\nconst require = __abrCreateRequire(import.meta.url);" },
  charset: 'utf8',
  legalComments: 'eof',
  sourcemap: false,
  minify: false,
  logLevel: 'warning',
};
