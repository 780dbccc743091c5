import type Database from 'better-sqlite3'
import { getDb } from '@db/client.server'

export type Row = Record<string, string | number | null>

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>()

/** A prepared statement on the process-wide connection, cached per connection. */
export function prepared(sqlText: string): Database.Statement {
  const client = getDb().$client
  let cache = statements.get(client)
  if (!cache) statements.set(client, (cache = new Map()))
  let stmt = cache.get(sqlText)
  if (!stmt) cache.set(sqlText, (stmt = client.prepare(sqlText)))
  return stmt
}

export function query(sqlText: string, params: unknown[]): Row[] {
  return prepared(sqlText).all(...params) as Row[]
}

/** Restricts employer-side rows to members of one partner organisation (`?` = partner id). */
export const memberSql = (orgColumn: string) =>
  ` AND EXISTS (SELECT 1 FROM partner_memberships pm WHERE pm.employer_id = ${orgColumn} AND pm.partner_id = ?)`
