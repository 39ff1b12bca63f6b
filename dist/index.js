import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import "./chunks/chunk-CV2KHLTK.js";

// src/logger.ts
var silentLogger = {
  debug() {
  },
  info() {
  },
  warning() {
  },
  error() {
  },
  group: (_name, fn) => fn()
};
function recordingLogger() {
  const messages = [];
  return {
    messages,
    debug: (message) => void messages.push({ level: "debug", message }),
    info: (message) => void messages.push({ level: "info", message }),
    warning: (message, location) => void messages.push({ level: "warning", message, location }),
    error: (message, location) => void messages.push({ level: "error", message, location }),
    group: (_name, fn) => fn()
  };
}
function formatLocation(location) {
  if (!location) return "";
  let text = location.file;
  if (location.line) text += `:${location.line}`;
  if (location.line && location.column) text += `:${location.column}`;
  return text;
}

// src/errors.ts
function formatProblem(problem) {
  const where = problem.file ? formatLocation(problem) : "";
  const prefix = [where, problem.field].filter(Boolean).join(": ");
  const text = prefix ? `${prefix}: ${problem.message}` : problem.message;
  return problem.fix ? `${text} (fix: ${problem.fix})` : text;
}
var InputError = class extends Error {
  exitCode = 2;
  problems;
  constructor(problems) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(
      list.length === 1 ? formatProblem(list[0]) : `${list.length} problems:
${list.map((p) => `  - ${formatProblem(p)}`).join("\n")}`
    );
    this.name = "InputError";
    this.problems = list;
  }
};
var BuildError = class extends Error {
  exitCode = 1;
  step;
  constructor(step, message, options) {
    super(`${step}: ${message}`, options);
    this.name = "BuildError";
    this.step = step;
  }
};
var ProblemList = class {
  problems = [];
  add(problem) {
    this.problems.push(problem);
  }
  get empty() {
    return this.problems.length === 0;
  }
  throwIfAny() {
    if (!this.empty) throw new InputError(this.problems);
  }
};
function exitCodeOf(error) {
  if (error instanceof InputError) return 2;
  return 1;
}
export {
  BuildError,
  InputError,
  ProblemList,
  exitCodeOf,
  formatLocation,
  formatProblem,
  recordingLogger,
  silentLogger
};
