import { createContext, useContext } from 'react'

/**
 * The Content-Security-Policy nonce of this response (issue 12). The server
 * renders it on Remix' inline scripts; in the browser it is empty (browsers
 * hide nonces from the page once it has loaded).
 */
export const NonceContext = createContext('')

export function useNonce(): string {
  return useContext(NonceContext)
}
