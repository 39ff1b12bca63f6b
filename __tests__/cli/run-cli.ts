import { main } from '../../src/cli/index.js'
import { packageRoot } from '../../src/util/paths.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI in-process, capturing its output; cwd defaults to the repository root. */
export async function runCli(argv: string[], cwd = packageRoot()): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    cwd,
    io: { stdout: text => void (stdout += text), stderr: text => void (stderr += text) }
  })
  return { code, stdout, stderr }
}
