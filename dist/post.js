import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-P3ZUXP5M.js";
import {
  exitSoon
} from "./chunks/chunk-WEAQHR7L.js";
import "./chunks/chunk-SGLHEF6C.js";
import "./chunks/chunk-ZZGE6H6N.js";
import "./chunks/chunk-NHBGPNRS.js";

// src/action/post.ts
await runPost();
exitSoon(Number(process.exitCode ?? 0));
