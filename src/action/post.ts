import { runPost } from './run.js'

await runPost()
