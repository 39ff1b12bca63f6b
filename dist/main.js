import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-MEKFITIJ.js";
import {
  exitSoon
} from "./chunks/chunk-BAMOJP7S.js";
import "./chunks/chunk-IXJXP3JY.js";
import "./chunks/chunk-ZZGE6H6N.js";
import "./chunks/chunk-NHBGPNRS.js";

// src/action/main.ts
await run();
exitSoon(Number(process.exitCode ?? 0));
