import { getEnv } from '~/env.server'

/**
 * The Content-Security-Policy of every response (issue 12). Scripts: only
 * our own files and inline scripts carrying this response's nonce (Remix'
 * <Scripts>, <ScrollRestoration>, the streamed hydration data). Styles: our
 * own files and nonce'd <style> elements; Aksel sets layout values in
 * `style` attributes (CSS variables on Stack, Box, HGrid …), which
 * `style-src-attr 'unsafe-inline'` allows without allowing <style> injection.
 * Forms may post only here (and to ID-porten when it is configured, because
 * «Logg inn med ID-porten» is a form whose answer redirects there).
 */
export function contentSecurityPolicy(nonce: string): string {
  const env = getEnv()
  const formAction = ["'self'"]
  if (env.IDPORTEN_ISSUER) formAction.push(new URL(env.IDPORTEN_ISSUER).origin)
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    `style-src 'self' 'unsafe-inline'`,
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action ${formAction.join(' ')}`,
    "frame-ancestors 'none'",
  ]
  if (env.NODE_ENV === 'production') directives.push('upgrade-insecure-requests')
  return directives.join('; ')
}
