import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { idportenSettings, oidcStateCookie, startIdportenLogin } from '~/services/idporten.server'
import { notFound } from '~/utils/permissions.server'

/** Starts an ID-porten login (only when IDPORTEN_* is configured). */
export async function action(_args: ActionFunctionArgs) {
  const settings = idportenSettings()
  if (!settings) throw notFound()
  const { url, state } = await startIdportenLogin(settings)
  return redirect(url, { headers: { 'Set-Cookie': await oidcStateCookie.serialize(state) } })
}

export const loader = action
