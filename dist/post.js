import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-3E5ZSZAG.js";
import {
  exitSoon
} from "./chunks/chunk-P4IHWKLA.js";
import "./chunks/chunk-XTAZ4NFJ.js";
import "./chunks/chunk-ZZGE6H6N.js";
import "./chunks/chunk-NHBGPNRS.js";

// src/action/post.ts
await runPost();
exitSoon(Number(process.exitCode ?? 0));
