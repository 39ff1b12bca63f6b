import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-FVD7XWJL.js";
import {
  exitSoon
} from "./chunks/chunk-7H5LXFDK.js";
import "./chunks/chunk-5TIZXELW.js";
import "./chunks/chunk-ZZGE6H6N.js";
import "./chunks/chunk-NHBGPNRS.js";

// src/action/main.ts
await run();
exitSoon(Number(process.exitCode ?? 0));
