import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-J5IBKVNA.js";
import {
  exitSoon
} from "./chunks/chunk-TCDCDEDO.js";
import "./chunks/chunk-5Y37D4GZ.js";

// src/action/post.ts
await runPost();
exitSoon(Number(process.exitCode ?? 0));
