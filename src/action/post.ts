import { exitSoon } from '../util/exit.js'
import { runPost } from './run.js'

await runPost()
exitSoon(Number(process.exitCode ?? 0))
