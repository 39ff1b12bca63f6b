import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-2QEKMHXM.js";
import {
  exitSoon
} from "./chunks/chunk-UMDRPUF5.js";
import "./chunks/chunk-Z2UZSGGT.js";

// src/action/main.ts
await run();
exitSoon(Number(process.exitCode ?? 0));
