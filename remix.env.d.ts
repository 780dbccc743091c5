/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

// Single-fetch typing for loaders and actions (v3_singleFetch is on in remix.config.js).
declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true
  }
}
export {}
