// Builds the page into internal/web/dist, which Go embeds. The output is
// deterministic (fixed names, no timestamps, versions pinned by the lock
// file), so .ci/run rebuilds it and fails when it differs from the
// committed one.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'internal', 'web', 'dist');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await esbuild.build({
  entryPoints: {
    app: join(here, 'src', 'app.js'),
    layout: join(here, 'src', 'layout-worker.js'),
    style: join(here, 'src', 'style.css'),
  },
  outdir: out,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  charset: 'utf8',
  legalComments: 'eof',
  logLevel: 'warning',
});
copyFileSync(join(here, 'src', 'index.html'), join(out, 'index.html'));
