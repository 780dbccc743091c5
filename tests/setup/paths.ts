import path from 'node:path'

export const TMP_DIR = path.resolve('tests/.tmp')
/**
 * One template per vitest run (several people may run vitest in one working
 * tree at once). The global setup picks the name; workers inherit it.
 */
export function templateDbPath(): string {
  return process.env.VI_TEMPLATE_DB ?? path.join(TMP_DIR, 'template.db')
}
