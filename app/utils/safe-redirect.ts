/**
 * THE check for redirect targets that come from input (issue 12): only a
 * path on this site. A browser drops tabs and newlines from URLs, so
 * `/\t/evil.example` would become `//evil.example` (another site); backslashes
 * turn into slashes the same way, and encoded slashes or dots hide both from
 * a simple prefix check. Anything doubtful gives the fallback. Pure.
 */
// Control characters are the point of these patterns.
/* eslint-disable no-control-regex */
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\]/
/* eslint-enable no-control-regex */

export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = '/'): string {
  if (typeof to !== 'string' || to.length === 0 || to.length > 2000) return fallback
  // Control characters (tab, newline, NUL, DEL …) and backslashes never belong in a path we send people to.
  if (UNSAFE_CHARACTERS.test(to)) return fallback
  if (!to.startsWith('/') || to.startsWith('//')) return fallback
  let decoded: string
  try {
    decoded = decodeURIComponent(to)
  } catch {
    return fallback
  }
  // Encoded slashes, backslashes, control characters or dot segments: refuse rather than guess what a browser makes of them.
  if (/%2f|%5c|%09|%0a|%0d|%00/i.test(to) || UNSAFE_CHARACTERS.test(decoded) || decoded.startsWith('//')) return fallback
  if (/(^|\/)\.\.?(\/|$)/.test(decoded.split(/[?#]/)[0])) return fallback
  // The URL parser must agree that it stays on this site.
  const base = 'http://same-site.invalid'
  const url = new URL(to, base)
  if (url.origin !== base) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}
