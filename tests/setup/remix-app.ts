import path from 'node:path'
import { createRequestHandler, type ServerBuild } from '@remix-run/node'
import { flatRoutes } from '@remix-run/dev/dist/config/flat-routes.js'
import remixConfig from '../../remix.config.js'
import { secureRequestHandler } from '~/utils/request-guard.server'

/**
 * The whole app in-process for vitest (issue 12): every route module of
 * app/routes, found the way the Remix compiler finds them (its own flat-routes
 * convention), in a real Remix server build behind the real request guard.
 * Requests go through Remix' own routing, actions, loaders and server
 * rendering — only the browser bundle is missing (asset URLs are stand-ins).
 * A new route file is covered without touching this file.
 */
export type RouteEntry = { id: string; parentId?: string; path?: string; index?: boolean; file: string }

const APP_DIR = path.resolve('app')

export function routeManifest(): RouteEntry[] {
  const manifest = flatRoutes(APP_DIR, remixConfig.ignoredRouteFiles)
  return [{ id: 'root', path: '', file: 'root.tsx' }, ...Object.values(manifest)]
}

type RouteModule = ServerBuild['routes'][string]['module']
let handler: ((request: Request) => Promise<Response>) | undefined
let modules: Record<string, RouteModule> = {}

/** The route modules by route id (loaded once per test file). */
export async function routeModules(): Promise<Record<string, RouteModule>> {
  if (Object.keys(modules).length) return modules
  const loaded: Record<string, RouteModule> = {}
  for (const route of routeManifest()) loaded[route.id] = await import(/* @vite-ignore */ path.join(APP_DIR, route.file))
  modules = loaded
  return modules
}

let build: ServerBuild | undefined

/** The Remix server build of app/ (for a real HTTP server in a test: scripts/server.ts' startHttpServer). */
export async function appBuild(): Promise<ServerBuild> {
  if (build) return build
  const mods = await routeModules()
  const routes: ServerBuild['routes'] = {}
  const assetRoutes: ServerBuild['assets']['routes'] = {}
  for (const route of routeManifest()) {
    const mod = mods[route.id]
    const base = {
      id: route.id,
      parentId: route.id === 'root' ? undefined : (route.parentId ?? 'root'),
      path: route.path,
      index: route.index,
      caseSensitive: false,
    }
    routes[route.id] = { ...base, module: mod }
    assetRoutes[route.id] = {
      ...base,
      module: `/build/routes/${route.id}.js`,
      hasAction: typeof mod.action === 'function',
      hasLoader: typeof mod.loader === 'function',
      hasClientAction: false,
      hasClientLoader: false,
      hasErrorBoundary: typeof mod.ErrorBoundary === 'function',
      imports: [],
      css: [],
    }
  }
  build = {
    mode: 'production',
    entry: { module: (await import('~/entry.server')) as ServerBuild['entry']['module'] },
    routes,
    assets: { entry: { module: '/build/entry.client.js', imports: [] }, routes: assetRoutes, url: '/build/manifest.js', version: 'test' },
    publicPath: '/build/',
    assetsBuildDirectory: 'public/build',
    future: {
      v3_fetcherPersist: Boolean(remixConfig.future?.v3_fetcherPersist),
      v3_relativeSplatPath: Boolean(remixConfig.future?.v3_relativeSplatPath),
      v3_throwAbortReason: Boolean(remixConfig.future?.v3_throwAbortReason),
      v3_lazyRouteDiscovery: Boolean(remixConfig.future?.v3_lazyRouteDiscovery),
      v3_singleFetch: Boolean(remixConfig.future?.v3_singleFetch),
    },
    isSpaMode: false,
  }
  return build
}

export async function appHandler(): Promise<(request: Request) => Promise<Response>> {
  if (handler) return handler
  const handle = secureRequestHandler(createRequestHandler(await appBuild(), 'production'))
  handler = (request) => handle(request)
  return handler
}
