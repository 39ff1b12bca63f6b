import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-XX5GR3QP.js";
import {
  exitSoon
} from "./chunks/chunk-TCDCDEDO.js";
import "./chunks/chunk-EZSD3OB3.js";

// src/action/main.ts
await run();
exitSoon(Number(process.exitCode ?? 0));
