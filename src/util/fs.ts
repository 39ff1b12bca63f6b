import type { Dirent } from 'node:fs'
import { readdir } from 'node:fs/promises'

/** The entries of a folder, or none when it is missing or unreadable (cache walks skip it). */
export async function entriesOf(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true })
  } catch {
    return []
  }
}
