import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-JQO5GARD.js";
import {
  exitSoon
} from "./chunks/chunk-42ZQNFL4.js";
import "./chunks/chunk-NRXEWDM3.js";
import "./chunks/chunk-DOPTIYNY.js";
import "./chunks/chunk-2WZQ3WN3.js";

// src/action/post.ts
await runPost();
exitSoon(Number(process.exitCode ?? 0));
