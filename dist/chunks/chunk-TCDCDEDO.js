import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);

// src/util/exit.ts
function exitSoon(code, graceMs = 3e3) {
  process.exitCode = code;
  setTimeout(() => process.exit(code), graceMs).unref();
}

export {
  exitSoon
};
