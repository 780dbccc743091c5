// Compiles scripts/serve.ts (and what it imports from app/, db/, emails/, search/)
// into build[-VI_BUILD_ID]/serve.js; packages stay in node_modules.
import esbuild from 'esbuild'

const { build } = esbuild

const suffix = process.env.VI_BUILD_ID ? `-${process.env.VI_BUILD_ID}` : ''
await build({
  entryPoints: ['scripts/serve.ts'],
  outfile: `build${suffix}/serve.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['./index.js'],
  plugins: [
    {
      // Packages stay external; the project's own aliases (~/, @db/, @search/, @emails/) are bundled.
      name: 'packages-external',
      setup(b) {
        const own = /^(\.|\/|~\/|@(db|search|emails)\/)/
        b.onResolve({ filter: /.*/ }, (args) => (own.test(args.path) ? undefined : { path: args.path, external: true }))
      },
    },
  ],
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
})
// Stop the esbuild service before exit; otherwise it may crash as Node exits.
esbuild.stop?.()
