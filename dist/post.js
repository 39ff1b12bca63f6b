import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-2QEKMHXM.js";
import {
  exitSoon
} from "./chunks/chunk-UMDRPUF5.js";
import "./chunks/chunk-Z2UZSGGT.js";

// src/action/post.ts
await runPost();
exitSoon(Number(process.exitCode ?? 0));
