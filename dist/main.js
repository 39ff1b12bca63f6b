import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-VO3LWTIG.js";
import {
  exitSoon
} from "./chunks/chunk-QR3QPITC.js";
import "./chunks/chunk-SUJGE5VE.js";
import "./chunks/chunk-ZZGE6H6N.js";
import "./chunks/chunk-NHBGPNRS.js";

// src/action/main.ts
await run();
exitSoon(Number(process.exitCode ?? 0));
