import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { logoutRedirect } from '~/services/auth.server'

export async function action({ request }: ActionFunctionArgs) {
  return logoutRedirect(request, '/')
}

export async function loader() {
  return redirect('/')
}
