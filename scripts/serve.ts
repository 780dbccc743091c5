/**
 * Production start: compiled by `npm run build` into build/serve.js beside the
 * Remix server build and run with plain `node` (`npm run start:production`) —
 * no tsx, no rebuild check, so a restart after a crash answers in seconds.
 */
import { envOrExit, runApp, type AppBuild } from './run-app'

const env = envOrExit()
// @ts-expect-error The Remix server build sits beside this file once compiled.
await runApp(env, async () => (await import('./index.js')) as AppBuild)
