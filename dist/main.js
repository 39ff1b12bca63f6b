import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-Q4ZCBYSF.js";
import {
  exitSoon
} from "./chunks/chunk-TBPRBHY4.js";
import "./chunks/chunk-OSQFLLWU.js";
import "./chunks/chunk-ZZGE6H6N.js";
import "./chunks/chunk-NHBGPNRS.js";

// src/action/main.ts
await run();
exitSoon(Number(process.exitCode ?? 0));
