import { redirect, type LoaderFunctionArgs } from '@remix-run/node'
import { finishIdportenLogin, idportenSettings, oidcStateCookie } from '~/services/idporten.server'
import { personSessionCookie } from '~/services/person-auth.server'
import { notFound } from '~/utils/permissions.server'

/** ID-porten sends the browser back here with a code; a person session starts if the pid matches an invited person. */
export async function loader({ request }: LoaderFunctionArgs) {
  const settings = idportenSettings()
  if (!settings) throw notFound()
  const cookieState = await oidcStateCookie.parse(request.headers.get('Cookie'))
  const result = await finishIdportenLogin(settings, new URL(request.url), typeof cookieState === 'string' ? cookieState : null)
  const headers = new Headers()
  headers.append('Set-Cookie', await oidcStateCookie.serialize('', { maxAge: 0 }))
  if (!result.ok) {
    const problem = Object.values(result.errors).flat()[0] === 'unknown_person' ? 'ukjent' : 'feil'
    return redirect(`/min-side/idporten/feil?grunn=${problem}`, { headers })
  }
  headers.append('Set-Cookie', await personSessionCookie(result.value.token))
  return redirect('/min-side', { headers })
}
