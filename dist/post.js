import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-DQOJL2OT.js";
import {
  exitSoon
} from "./chunks/chunk-7R2JHR72.js";
import "./chunks/chunk-6FSKY6ED.js";
import "./chunks/chunk-ZZGE6H6N.js";
import "./chunks/chunk-NHBGPNRS.js";

// src/action/post.ts
await runPost();
exitSoon(Number(process.exitCode ?? 0));
