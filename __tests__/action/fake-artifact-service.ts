/**
 * A local stand-in for GitHub's artifact backend, speaking what @actions/artifact (v6) speaks:
 * - Twirp JSON at /twirp/github.actions.results.api.v1.ArtifactService/{CreateArtifact,FinalizeArtifact,
 *   ListArtifacts,GetSignedArtifactURL}, authorised with the runtime token as a Bearer header. Field names
 *   are the proto names (the client sends `useProtoFieldName`), int64 values travel as strings.
 * - Azure Blob block upload at the signed URL: `PUT …&comp=block&blockid=ID` per chunk (possibly concurrent),
 *   then `PUT …&comp=blocklist` whose XML gives the order. With an IP host the blob client reads the path as
 *   /account/container/blob.
 * - A plain GET of the stored zip at the signed download URL.
 * Every reply is JSON (or the empty 201s Azure gives), because the client retries anything else with back-off.
 */
import { createHash, randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface StoredArtifact {
  id: number;
  name: string;
  runId: string;
  jobId: string;
  finalized: boolean;
  blocks: Map<string, Buffer>;
  /** The committed blob: the zip the client made. */
  zip: Buffer | null;
  /** Block ids in the order the block list gave. */
  blockOrder: string[];
  expiresAt: string | null;
  mimeType: string | null;
  createdAt: Date;
}

export interface FakeArtifactService {
  origin: string;
  /** A runtime token (an unsigned JWT, as the client only decodes it) for a job of a workflow run. */
  tokenFor(jobId: string, runId?: string): string;
  /** Environment variables a job gets: ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL, GITHUB_SERVER_URL. */
  envFor(jobId: string, runId?: string): Record<string, string>;
  artifacts: StoredArtifact[];
  /** Every request as "METHOD path?query", in arrival order. */
  requests: string[];
  close(): Promise<void>;
}

const TWIRP = "/twirp/github.actions.results.api.v1.ArtifactService/";

export async function startFakeArtifactService(): Promise<FakeArtifactService> {
  const artifacts: StoredArtifact[] = [];
  const requests: string[] = [];
  let nextId = 1000;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      requests.push(`${req.method} ${req.url}`);
      try {
        handle(req, Buffer.concat(chunks), res);
      } catch (error) {
        json(res, 500, { code: "internal", msg: (error as Error).message });
      }
    });
  });

  const handle = (req: http.IncomingMessage, body: Buffer, res: http.ServerResponse) => {
    const url = new URL(req.url ?? "/", origin);
    if (req.method === "POST" && url.pathname.startsWith(TWIRP)) {
      const scope = authorise(req.headers.authorization);
      if (!scope) return json(res, 401, { code: "unauthenticated", msg: "missing or bad runtime token" });
      if (!String(req.headers["content-type"]).startsWith("application/json")) {
        return json(res, 415, { code: "malformed", msg: "only Twirp JSON is spoken here" });
      }
      return twirp(url.pathname.slice(TWIRP.length), JSON.parse(body.toString("utf8")), scope, res);
    }
    const upload = /^\/account\/container\/(\d+)\/[^/]+$/.exec(url.pathname);
    if (req.method === "PUT" && upload) return blob(Number(upload[1]), url, body, res);
    const download = /^\/download\/(\d+)\/[^/]+$/.exec(url.pathname);
    if (req.method === "GET" && download && url.searchParams.get("sig") === "download-sig") {
      const artifact = artifacts.find((a) => a.id === Number(download[1]) && a.finalized);
      if (!artifact?.zip) return json(res, 404, { msg: "no such blob" });
      res.writeHead(200, { "content-type": "application/zip", "content-length": artifact.zip.length });
      return res.end(artifact.zip);
    }
    json(res, 404, { code: "not_found", msg: `no route for ${req.method} ${url.pathname}` });
  };

  const twirp = (method: string, req: Record<string, any>, scope: Scope, res: http.ServerResponse) => {
    // A job may read any artifact of its run (download names the uploading job's id), but only create and
    // finalize its own.
    const ownJob = method === "CreateArtifact" || method === "FinalizeArtifact";
    if (
      req.workflow_run_backend_id !== scope.runId ||
      (ownJob && req.workflow_job_run_backend_id !== scope.jobId)
    ) {
      return json(res, 403, { code: "permission_denied", msg: "backend ids do not match the token" });
    }
    if (method === "CreateArtifact") {
      if (req.version !== 7)
        return json(res, 400, { code: "invalid_argument", msg: `unknown version ${req.version}` });
      if (artifacts.some((a) => a.runId === scope.runId && a.name === req.name)) {
        return json(res, 409, {
          code: "already_exists",
          msg: `an artifact named ${req.name} already exists`,
        });
      }
      const artifact: StoredArtifact = {
        id: nextId++,
        name: String(req.name),
        runId: scope.runId,
        jobId: scope.jobId,
        finalized: false,
        blocks: new Map(),
        zip: null,
        blockOrder: [],
        expiresAt: req.expires_at ?? null,
        mimeType: req.mime_type ?? null,
        createdAt: new Date(),
      };
      artifacts.push(artifact);
      const blobName = encodeURIComponent(`${artifact.name}.zip`);
      return json(res, 200, {
        ok: true,
        signed_upload_url: `${origin}/account/container/${artifact.id}/${blobName}?sig=upload-sig&sv=2023-11-03`,
      });
    }
    if (method === "FinalizeArtifact") {
      const artifact = artifacts.find((a) => a.runId === scope.runId && a.name === req.name && !a.finalized);
      if (!artifact?.zip)
        return json(res, 404, { code: "not_found", msg: `nothing uploaded for ${req.name}` });
      if (String(req.size) !== String(artifact.zip.length)) {
        return json(res, 400, {
          code: "invalid_argument",
          msg: `size ${req.size} ≠ uploaded ${artifact.zip.length}`,
        });
      }
      const digest = `sha256:${createHash("sha256").update(artifact.zip).digest("hex")}`;
      if (req.hash !== undefined && req.hash !== digest) {
        return json(res, 400, { code: "invalid_argument", msg: `hash ${req.hash} ≠ uploaded ${digest}` });
      }
      artifact.finalized = true;
      return json(res, 200, { ok: true, artifact_id: String(artifact.id) });
    }
    if (method === "ListArtifacts") {
      const list = artifacts.filter(
        (a) =>
          a.finalized &&
          a.runId === scope.runId &&
          (req.name_filter === undefined || a.name === req.name_filter) &&
          (req.id_filter === undefined || String(a.id) === String(req.id_filter)),
      );
      return json(res, 200, {
        artifacts: list.map((a) => ({
          workflow_run_backend_id: a.runId,
          workflow_job_run_backend_id: a.jobId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.zip?.length ?? 0),
          created_at: a.createdAt.toISOString(),
          digest: `sha256:${createHash("sha256")
            .update(a.zip ?? Buffer.alloc(0))
            .digest("hex")}`,
        })),
      });
    }
    if (method === "GetSignedArtifactURL") {
      const artifact = artifacts.find(
        (a) =>
          a.runId === scope.runId &&
          a.jobId === req.workflow_job_run_backend_id &&
          a.name === req.name &&
          a.finalized,
      );
      if (!artifact) return json(res, 404, { code: "not_found", msg: `no artifact named ${req.name}` });
      const blobName = encodeURIComponent(`${artifact.name}.zip`);
      return json(res, 200, { signed_url: `${origin}/download/${artifact.id}/${blobName}?sig=download-sig` });
    }
    json(res, 404, { code: "bad_route", msg: `no method ${method}` });
  };

  const blob = (id: number, url: URL, body: Buffer, res: http.ServerResponse) => {
    const artifact = artifacts.find((a) => a.id === id && !a.finalized);
    if (!artifact || url.searchParams.get("sig") !== "upload-sig")
      return azureError(res, 403, "AuthenticationFailed");
    const comp = url.searchParams.get("comp");
    if (comp === "block") {
      const blockId = url.searchParams.get("blockid");
      if (!blockId) return azureError(res, 400, "InvalidQueryParameterValue");
      artifact.blocks.set(blockId, body);
      return azureCreated(res);
    }
    if (comp === "blocklist") {
      const ids = [...body.toString("utf8").matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(
        (m) => m[1]!,
      );
      const missing = ids.filter((b) => !artifact.blocks.has(b));
      if (missing.length) return azureError(res, 400, "InvalidBlockList");
      artifact.blockOrder = ids;
      artifact.zip = Buffer.concat(ids.map((b) => artifact.blocks.get(b)!));
      return azureCreated(res);
    }
    azureError(res, 400, "UnsupportedQueryParameter");
  };

  type Scope = { runId: string; jobId: string };
  const authorise = (header: string | undefined): Scope | null => {
    const token = /^Bearer (.+)$/.exec(header ?? "")?.[1];
    if (!token) return null;
    try {
      const payload = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString("utf8"));
      for (const s of String(payload.scp).split(" ")) {
        const [kind, run, job] = s.split(":");
        if (kind === "Actions.Results" && run && job) return { runId: run, jobId: job };
      }
    } catch {
      return null;
    }
    return null;
  };

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tokenFor = (jobId: string, runId = "run-1") => {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return `${part({ alg: "none", typ: "JWT" })}.${part({ scp: `Actions.GenericRead:x Actions.Results:${runId}:${jobId}` })}.sig`;
  };
  return {
    origin,
    tokenFor,
    envFor: (jobId, runId) => ({
      ACTIONS_RUNTIME_TOKEN: tokenFor(jobId, runId),
      ACTIONS_RESULTS_URL: `${origin}/`,
      GITHUB_SERVER_URL: "https://github.com",
    }),
    artifacts,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function azureCreated(res: http.ServerResponse): void {
  res.writeHead(201, {
    "x-ms-request-id": randomUUID(),
    "x-ms-version": "2023-11-03",
    "x-ms-request-server-encrypted": "true",
    etag: `"0x${Date.now().toString(16)}"`,
    "last-modified": new Date().toUTCString(),
    "content-length": "0",
  });
  res.end();
}

function azureError(res: http.ServerResponse, status: number, code: string): void {
  res.writeHead(status, { "content-type": "application/xml", "x-ms-error-code": code });
  res.end(
    `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`,
  );
}
