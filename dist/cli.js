#!/usr/bin/env node
import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import "./chunks/chunk-CV2KHLTK.js";

// src/cli/index.ts
async function main(_argv) {
  process.stderr.write("policy-engine-build: not wired yet\n");
  return 1;
}

// src/cli/main.ts
process.exitCode = await main(process.argv.slice(2));
