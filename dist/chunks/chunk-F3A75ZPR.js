import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);
import {
  OciRegistryError,
  clientForImage,
  configLabels,
  deleteManifest,
  listTags,
  putManifestDigest,
  readManifest,
  run
} from "./chunk-NL6GQEDY.js";

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

// src/publish/cleanup.ts
function previewTagsOf(tags, pr) {
  const re = new RegExp(`^pr-${pr}(?:-[A-Za-z0-9_.-]+)?$`);
  return tags.filter((tag) => re.test(tag));
}
function previewNumber(tag) {
  const match = /^pr-(\d+)(?:-[A-Za-z0-9_.-]+)?$/.exec(tag);
  return match ? Number(match[1]) : void 0;
}
function parseAge(text) {
  const match = /^\s*(\d+)\s*(m|h|d|w)\s*$/i.exec(text);
  if (!match) return void 0;
  const unit = { m: 6e4, h: 36e5, d: 864e5, w: 7 * 864e5 }[match[2].toLowerCase()];
  return Number(match[1]) * unit;
}
function planCleanup(graph, previewTags) {
  const victims = new Set(previewTags.filter((tag) => graph.tags.has(tag)));
  const reach = (roots) => {
    const seen = [];
    const visit = (digest) => {
      if (seen.includes(digest)) return;
      seen.push(digest);
      for (const child of graph.children.get(digest) ?? []) visit(child);
    };
    roots.forEach(visit);
    return seen;
  };
  const keptRoots = [...graph.tags].filter(([tag]) => !victims.has(tag)).map(([, d]) => d);
  const protectedSet = new Set(reach(keptRoots));
  const previewRoots = [...victims].map((tag) => graph.tags.get(tag));
  const reachable = reach([...new Set(previewRoots)]);
  return {
    deleteDigests: reachable.filter((digest) => !protectedSet.has(digest)),
    untagOnly: [...victims].filter((tag) => protectedSet.has(graph.tags.get(tag))),
    keptShared: reachable.filter((digest) => protectedSet.has(digest))
  };
}
function distributionDeleter(client) {
  return {
    deleteDigest: (digest) => deleteManifest(client, digest),
    untag: async (tag) => {
      try {
        if (await deleteManifest(client, tag)) return;
      } catch (error) {
        if (!(error instanceof OciRegistryError) || [401, 403].includes(error.status ?? 0)) {
          throw error;
        }
      }
      await deleteManifest(client, await pushPlaceholder(client, tag));
    }
  };
}
async function pushPlaceholder(client, tag) {
  const placeholder = {
    schemaVersion: 2,
    mediaType: "application/vnd.oci.image.index.v1+json",
    manifests: [],
    annotations: {
      "io.policy-engine-build.placeholder": `${tag} removed at ${(/* @__PURE__ */ new Date()).toISOString()} ${Math.random().toString(36).slice(2)}`
    }
  };
  return putManifestDigest(
    client,
    tag,
    placeholder.mediaType,
    Buffer.from(JSON.stringify(placeholder))
  );
}
function githubPackagesDeleter(client, options) {
  const repository = client.repository;
  const doFetch = options.fetch ?? fetch;
  const api = (options.apiUrl || process.env.GITHUB_API_URL || "https://api.github.com").replace(
    /\/$/,
    ""
  );
  const [owner, ...rest] = repository.split("/");
  const name = encodeURIComponent(rest.join("/"));
  const headers = {
    authorization: `Bearer ${options.token}`,
    accept: "application/vnd.github+json",
    "x-github-api-version": "2022-11-28"
  };
  let base;
  let versions;
  const versionIds = async () => {
    if (versions) return versions;
    for (const kind of ["orgs", "users"]) {
      const root = `${api}/${kind}/${owner}/packages/container/${name}/versions`;
      const found = /* @__PURE__ */ new Map();
      let url = `${root}?per_page=100`;
      let ok = true;
      while (url) {
        const response = await doFetch(url, { headers });
        if (response.status === 404 && kind === "orgs") {
          ok = false;
          break;
        }
        if (!response.ok) {
          throw new OciRegistryError(
            `GitHub Packages: GET ${kind}/${owner}/packages/container/${rest.join("/")}/versions: HTTP ${response.status}`,
            response.status
          );
        }
        for (const version of await response.json()) {
          found.set(version.name, version.id);
        }
        url = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get("link") ?? "")?.[1];
      }
      if (ok) {
        base = root;
        versions = found;
        return found;
      }
    }
    return /* @__PURE__ */ new Map();
  };
  const deleteDigest = async (digest) => {
    const id = (await versionIds()).get(digest);
    if (id === void 0 || !base) return false;
    const response = await doFetch(`${base}/${id}`, { method: "DELETE", headers });
    await response.arrayBuffer().catch(() => void 0);
    if (response.status === 404) return false;
    if (!response.ok) {
      throw new OciRegistryError(
        `GitHub Packages: DELETE version ${id} (${digest}): HTTP ${response.status}`,
        response.status
      );
    }
    versions?.delete(digest);
    return true;
  };
  return {
    deleteDigest,
    untag: async (tag) => {
      const digest = await pushPlaceholder(client, tag);
      versions = void 0;
      await deleteDigest(digest);
    }
  };
}
async function readRepositoryGraph(client) {
  const tags = /* @__PURE__ */ new Map();
  const children = /* @__PURE__ */ new Map();
  for (const tag of await listTags(client)) {
    const manifest = await readManifest(client, tag);
    if (!manifest) continue;
    tags.set(tag, manifest.digest);
    if (manifest.json.manifests && !children.has(manifest.digest)) {
      children.set(
        manifest.digest,
        manifest.json.manifests.map((d) => d.digest)
      );
    }
  }
  return { tags, children };
}
function deletionProblem(error, registry) {
  const status = error instanceof OciRegistryError ? error.status : void 0;
  const message = error instanceof Error ? error.message : String(error);
  if (status === 401 || status === 403) {
    return registry === "ghcr.io" ? `${message}: the token may not delete package versions; give the job \`permissions: packages: write\` (and the package's "Manage Actions access": admin for this repository)` : `${message}: the registry credentials may not delete (on ghcr.io: \`permissions: packages: write\`)`;
  }
  if (status === 405 || status === 400 && /UNSUPPORTED/i.test(message)) {
    return `${message}: the registry does not allow deleting manifests (distribution: storage.delete.enabled: true)`;
  }
  return message;
}
async function createdAt(client, digest, children) {
  const first = children.get(digest)?.[0] ?? digest;
  const manifest = await readManifest(client, first);
  if (!manifest?.json.config) return void 0;
  const labels = await configLabels(client, manifest.json);
  const text = labels["org.opencontainers.image.created"];
  const ms = text ? Date.parse(text) : NaN;
  return Number.isNaN(ms) ? void 0 : ms;
}
async function cleanupPreviews(options, logger) {
  const where = clientForImage(options.image, options.credentials);
  const { client } = where;
  const report = {
    image: options.image,
    tags: [],
    deleted: [],
    untagged: [],
    keptShared: [],
    tooRecent: [],
    warnings: [],
    dryRun: options.dryRun === true
  };
  let graph;
  try {
    graph = await readRepositoryGraph(client);
  } catch (error) {
    report.warnings.push(`cannot read ${options.image}: ${deletionProblem(error, where.registry)}`);
    return report;
  }
  const allTags = [...graph.tags.keys()];
  let victims;
  if (options.pr !== void 0) {
    victims = previewTagsOf(allTags, options.pr);
  } else if (options.olderThanMs !== void 0) {
    const limit = (options.now ?? Date.now()) - options.olderThanMs;
    const byPr = /* @__PURE__ */ new Map();
    for (const tag of allTags) {
      const n = previewNumber(tag);
      if (n !== void 0) byPr.set(n, [...byPr.get(n) ?? [], tag]);
    }
    victims = [];
    for (const [, tags] of [...byPr].sort(([a], [b]) => a - b)) {
      let newest;
      for (const tag of tags) {
        const at = await createdAt(client, graph.tags.get(tag), graph.children);
        if (at !== void 0 && (newest === void 0 || at > newest)) newest = at;
      }
      if (newest !== void 0 && newest < limit) victims.push(...tags);
      else report.tooRecent.push(...tags);
    }
  } else {
    throw new Error("cleanup needs a pull request number or an age limit");
  }
  const plan0 = planCleanup(graph, victims);
  const companions = allTags.filter(
    (tag) => plan0.deleteDigests.some((d) => new RegExp(`^${d.replace(":", "-")}\\.(sig|att|sbom)$`).test(tag))
  );
  const plan = planCleanup(graph, [...victims, ...companions]);
  report.tags = [...victims, ...companions].sort();
  report.keptShared = plan.keptShared;
  logger.info(
    `${options.image}: ${report.tags.length} preview tag(s) to remove (${report.tags.join(", ") || "none"}); ${plan.deleteDigests.length} manifest(s) only they reference; ${plan.keptShared.length} shared with other tags kept`
  );
  if (options.dryRun) {
    report.deleted = plan.deleteDigests;
    report.untagged = plan.untagOnly;
    return report;
  }
  const deleter = where.registry === "ghcr.io" ? githubPackagesDeleter(client, {
    token: options.githubToken ?? options.credentials?.password ?? "",
    apiUrl: options.githubApiUrl,
    fetch: options.fetch
  }) : distributionDeleter(client);
  try {
    for (const tag of plan.untagOnly) {
      await deleter.untag(tag);
      report.untagged.push(tag);
      logger.info(`Untagged ${tag} (its manifest is still another tag's)`);
    }
    for (const digest of plan.deleteDigests) {
      if (await deleter.deleteDigest(digest)) report.deleted.push(digest);
      logger.info(`Deleted ${where.repository}@${digest}`);
    }
  } catch (error) {
    const problem = deletionProblem(error, where.registry);
    report.warnings.push(problem);
    logger.warning(`Preview cleanup incomplete: ${problem}`);
  }
  return report;
}

export {
  exitSoon,
  parseAge,
  cleanupPreviews,
  isPullRequestEvent,
  gitContextFromActions,
  checkedOutSha,
  pullRequestTargetWarning,
  pushNotice
};
