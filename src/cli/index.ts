export async function main(_argv: string[]): Promise<number> {
  process.stderr.write('policy-engine-build: not wired yet\n')
  return 1
}
