import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-SV7L6DXT.js";
import {
  exitSoon
} from "./chunks/chunk-4U4WHEIS.js";
import "./chunks/chunk-RBXBKRLJ.js";
import "./chunks/chunk-ZZGE6H6N.js";
import "./chunks/chunk-NHBGPNRS.js";

// src/action/main.ts
await run();
exitSoon(Number(process.exitCode ?? 0));
