import { exitSoon } from '../util/exit.js'
import { run } from './run.js'

await run()
exitSoon(Number(process.exitCode ?? 0))
