import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-NC6OYPXV.js";
import {
  exitSoon
} from "./chunks/chunk-TCDCDEDO.js";
import "./chunks/chunk-CFOHHSHY.js";

// src/action/main.ts
await run();
exitSoon(Number(process.exitCode ?? 0));
