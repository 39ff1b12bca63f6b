import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-NQN5INEQ.js";
import {
  exitSoon
} from "./chunks/chunk-H6HWSRDU.js";
import "./chunks/chunk-7U4PCKVH.js";
import "./chunks/chunk-ZZGE6H6N.js";
import "./chunks/chunk-NHBGPNRS.js";

// src/action/main.ts
await run();
exitSoon(Number(process.exitCode ?? 0));
