import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-JNRX4YCD.js";
import {
  exitSoon
} from "./chunks/chunk-TXQP3ZI6.js";
import "./chunks/chunk-YEWAA64Q.js";
import "./chunks/chunk-ZZGE6H6N.js";
import "./chunks/chunk-NHBGPNRS.js";

// src/action/post.ts
await runPost();
exitSoon(Number(process.exitCode ?? 0));
