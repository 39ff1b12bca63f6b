import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-65RHAZJP.js";
import {
  exitSoon
} from "./chunks/chunk-TCDCDEDO.js";
import "./chunks/chunk-M2CQ42OD.js";

// src/action/post.ts
await runPost();
exitSoon(Number(process.exitCode ?? 0));
