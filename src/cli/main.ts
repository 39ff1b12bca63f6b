#!/usr/bin/env node
import { exitSoon } from '../util/exit.js'
import { main } from './index.js'

exitSoon(await main(process.argv.slice(2), { env: process.env }))
