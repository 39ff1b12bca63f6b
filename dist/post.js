import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-Y6L5A4FK.js";
import "./chunks/chunk-CV2KHLTK.js";

// src/action/post.ts
await runPost();
