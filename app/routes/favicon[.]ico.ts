import { redirect } from '@remix-run/node'

/** Browsers that ask for /favicon.ico get the SVG icon (the page head links it too). */
export function loader() {
  return redirect('/favicon.svg', 301)
}
