import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-IRNGXXPT.js";
import {
  exitSoon
} from "./chunks/chunk-F3A75ZPR.js";
import "./chunks/chunk-NL6GQEDY.js";
import "./chunks/chunk-ZZGE6H6N.js";
import "./chunks/chunk-NHBGPNRS.js";

// src/action/post.ts
await runPost();
exitSoon(Number(process.exitCode ?? 0));
