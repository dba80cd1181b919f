/**
 * The write benchmark's client, run as its own process so the server's CPU figures are the server's
 * alone: POSTs the bodies it is sent to URL with N requests in flight over keep-alive connections.
 */
import http from "node:http";

interface Job {
  url: string;
  headers: Record<string, string>;
  bodies: string[];
  inFlight: number;
}

process.once("message", (job: Job) => {
  process.send!({ received: true });
  process.once("message", () => void run(job));
});

async function run(job: Job): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.inFlight });
  const post = (body: string) =>
    new Promise<void>((resolve, reject) => {
      const req = http.request(
        job.url,
        { method: "POST", agent, headers: { ...job.headers, "content-length": Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          res.on("end", () =>
            res.statusCode === 201 ? resolve() : reject(new Error(`insert answered ${res.statusCode}`)),
          );
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  try {
    let next = 0;
    await Promise.all(
      Array.from({ length: job.inFlight }, async () => {
        while (next < job.bodies.length) await post(job.bodies[next++]!);
      }),
    );
    process.send!({ ok: true }, () => process.exit(0));
  } catch (error) {
    process.send!({ ok: false, error: (error as Error).message }, () => process.exit(1));
  }
}

// Listening now: tell the parent it can start the clock.
process.send!({ ready: true });
