// Bundles the console and `npm run ask` entry points into dist/ so that start-up skips the
// TypeScript loader (about 0.8 s → under 1 s to the first answer). Runs on `npm ci`/`npm install`
// (the "prepare" script). It never fails an install: without a bundle, scripts/launch.mjs runs
// the TypeScript sources through tsx instead.
import { build } from 'esbuild';

try {
  await build({
    // index-worker: the thread that indexes half of a large batch (src/engine/build/parallel-build.ts).
    entryPoints: { main: 'src/main.ts', ask: 'src/cli/ask.ts', 'index-worker': 'src/engine/build/index-worker.ts' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
  });
} catch (error) {
  console.warn(`kutip: the start-up bundle was not built (npm start will run the sources with tsx): ${error.message}`);
}
