import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-Y2AXGVH4.js";
import {
  exitSoon
} from "./chunks/chunk-7JZ4G5FK.js";
import "./chunks/chunk-WSFJKFEM.js";

// src/action/main.ts
await run();
exitSoon(Number(process.exitCode ?? 0));
