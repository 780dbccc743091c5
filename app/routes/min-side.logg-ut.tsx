import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { signOutPerson } from '~/services/person-auth.server'

export async function loader() {
  return redirect('/min-side')
}

export async function action({ request }: ActionFunctionArgs) {
  return redirect('/min-side/logg-inn?utlogget=1', { headers: { 'Set-Cookie': await signOutPerson(request) } })
}
