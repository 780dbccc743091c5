/**
 * VI_BUILD_ID (optional) gives a separate build folder, so several people can
 * build and run browser tests in one working tree at the same time.
 */
const id = process.env.VI_BUILD_ID
const suffix = id ? `-${id}` : ''

/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ['**/.*', '**/*.test.*'],
  serverModuleFormat: 'esm',
  serverPlatform: 'node',
  // Bundled (and tree-shaken) into the server build: importing the whole design
  // system, its icons and date-fns (1 000+ files) from node_modules took most of a production start.
  serverDependenciesToBundle: [/^@navikt\/(ds-react|aksel-icons)(\/|$)/, /^(date-fns|@date-fns\/tz|react-day-picker)(\/|$)/],
  serverBuildPath: `build${suffix}/index.js`,
  assetsBuildDirectory: `public/build${suffix}`,
  publicPath: `/build${suffix}/`,
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
  },
}
