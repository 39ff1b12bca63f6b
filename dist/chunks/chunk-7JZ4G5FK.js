import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  run
} from "./chunk-WSFJKFEM.js";

// src/util/exit.ts
function exitSoon(code, graceMs = 3e3) {
  process.exitCode = code;
  setTimeout(() => process.exit(code), graceMs).unref();
}

// src/action/github.ts
var obj = (value) => value && typeof value === "object" ? value : void 0;
var str = (value) => typeof value === "string" && value !== "" ? value : void 0;
function epochSeconds(timestamp) {
  const text = str(timestamp);
  if (!text) return void 0;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? void 0 : Math.floor(ms / 1e3);
}
function isPullRequestEvent(eventName) {
  return eventName === "pull_request" || eventName === "pull_request_target";
}
function fromFork(pullRequest) {
  const headRepo = obj(obj(pullRequest.head)?.repo);
  const baseRepo = obj(obj(pullRequest.base)?.repo);
  if (!headRepo) return true;
  return str(headRepo.full_name) !== str(baseRepo?.full_name);
}
function gitContextFromActions(context) {
  const payload = context.payload ?? {};
  const repository = obj(payload.repository);
  const fullName = str(repository?.full_name);
  const license = str(obj(repository?.license)?.spdx_id);
  const git = {
    eventName: context.eventName,
    ref: str(context.ref),
    sha: str(context.sha),
    repository: fullName,
    repositoryUrl: str(repository?.html_url) ?? (fullName ? `${context.serverUrl || "https://github.com"}/${fullName}` : void 0),
    defaultBranch: str(repository?.default_branch),
    license: license && license !== "NOASSERTION" ? license : void 0,
    description: str(repository?.description)
  };
  const pullRequest = obj(payload.pull_request);
  if (isPullRequestEvent(context.eventName) && pullRequest) {
    const number = Number(pullRequest.number ?? payload.number);
    const headSha = str(obj(pullRequest.head)?.sha) ?? git.sha ?? "";
    git.pullRequest = { number, headSha, fromFork: fromFork(pullRequest) };
    git.sha = headSha || git.sha;
    git.ref = git.ref ?? `refs/pull/${number}/merge`;
  } else if (context.eventName === "push") {
    git.ref = str(payload.ref) ?? git.ref;
    const after = str(payload.after);
    if (after && !/^0+$/.test(after)) git.sha = after;
    git.commitTime = epochSeconds(obj(payload.head_commit)?.timestamp);
  } else if (context.eventName === "release") {
    const tag = str(obj(payload.release)?.tag_name);
    if (tag) git.ref = `refs/tags/${tag}`;
  }
  return dropUndefined(git);
}
function dropUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}
async function checkedOutSha(dir) {
  try {
    const result = await run("git", ["rev-parse", "HEAD"], { cwd: dir, timeoutMs: 2e4 });
    return result.exitCode === 0 ? result.stdout.trim() : void 0;
  } catch {
    return void 0;
  }
}
function pullRequestTargetWarning(git, workspaceSha) {
  if (git.eventName !== "pull_request_target" || !git.pullRequest) return void 0;
  const head = git.pullRequest.headSha;
  if (!workspaceSha || !head || workspaceSha !== head) return void 0;
  return `pull_request_target with the pull request head (${head.slice(0, 7)}) checked out: this builds code from the pull request with the base repository secrets and a write token. Prefer the pull_request event, or build the head in a job without secrets.`;
}
function pushNotice(push, result) {
  if (push !== "auto" || result.pushed || !result.pushSkippedReason) return void 0;
  if (result.stoppedAfter || /^output is /.test(result.pushSkippedReason)) return void 0;
  return `Image not pushed: ${result.pushSkippedReason}`;
}

export {
  exitSoon,
  isPullRequestEvent,
  gitContextFromActions,
  checkedOutSha,
  pullRequestTargetWarning,
  pushNotice
};
