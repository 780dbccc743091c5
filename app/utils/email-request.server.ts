import { parseWithZod } from '@conform-to/zod'
import { data } from '@remix-run/node'
import { EmailOnlySchema } from '~/domain/accounts/schemas'

/**
 * The action of a page with one e-mail field (`EmailRequestForm`): parse the
 * address, hand it to `send` and answer «sent» whatever `send` found, so that
 * nobody learns whether the address has an account.
 */
export async function emailRequestAction(request: Request, send: (email: string) => void) {
  const submission = parseWithZod(await request.formData(), { schema: EmailOnlySchema })
  if (submission.status !== 'success') return data({ result: submission.reply(), sent: false }, { status: 400 })
  send(submission.value.email)
  return { result: submission.reply(), sent: true }
}
