/** The admin's buttons on the e-mail outbox: send one failed e-mail again, or all of them. Pure. */
import { z } from 'zod'

export const RequeueSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('requeue-one'), id: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal('requeue-all') }),
])
