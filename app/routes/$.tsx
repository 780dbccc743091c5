import type { MetaFunction } from '@remix-run/node'

export const meta: MetaFunction = () => [{ title: 'Fant ikke siden – Vi inkluderer' }]

/** Every unknown URL: a 404 rendered by the root error boundary. */
export async function loader() {
  throw new Response('Ikke funnet', { status: 404 })
}

export default function NotFound() {
  return null
}
