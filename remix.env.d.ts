/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

// Single-fetch typing for loaders and actions (v3_singleFetch is on in remix.config.js).
declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true
  }
  /** Set per request by the request guard (app/utils/request-guard.server.ts); absent when a test calls a loader directly. */
  interface AppLoadContext {
    cspNonce?: string
    csrfToken?: string
  }
}
export {}
