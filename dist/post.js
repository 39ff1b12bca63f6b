import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-ZD3FHPEC.js";
import {
  exitSoon
} from "./chunks/chunk-GXDUAC6I.js";
import "./chunks/chunk-X446EQAA.js";
import "./chunks/chunk-ZZGE6H6N.js";
import "./chunks/chunk-NHBGPNRS.js";

// src/action/post.ts
await runPost();
exitSoon(Number(process.exitCode ?? 0));
