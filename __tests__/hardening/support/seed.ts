import fc from 'fast-check'

/**
 * One seed per test file: PE_FUZZ_SEED reproduces a failure (fast-check's failure message
 * names the seed and the counterexample's path); without it, a new seed each run, printed.
 */
export function seedFastCheck(file: string): number {
  const seed = process.env.PE_FUZZ_SEED ? Number(process.env.PE_FUZZ_SEED) : Date.now() % 2 ** 31
  fc.configureGlobal({ seed })
  process.stdout.write(`${file}: fuzz seed ${seed} (PE_FUZZ_SEED=${seed} reproduces this run)\n`)
  return seed
}
