import { desc, eq } from 'drizzle-orm'
import { getDb } from '@db/client.server'
import { devMailbox } from '@db/schema'

export function listCaughtMail(limit: number) {
  return getDb().select().from(devMailbox).orderBy(desc(devMailbox.id)).limit(limit).all()
}

export function getCaughtMail(id: number) {
  if (!Number.isInteger(id)) return undefined
  return getDb().select().from(devMailbox).where(eq(devMailbox.id, id)).get()
}
