/**
 * The read pool's launcher (./launched-process.ts forks this file once per pool): it starts the read
 * processes, so that the server's own thread never waits for one. Node's spawn blocks its caller until
 * the new process has exec'd: tens of ms on a busy machine, hundreds at worst, and a pool for arbitrary
 * SQL replaces a killed process for every runaway query — the server's pages stalled each time.
 *
 * Each read process gets a socket pair on fd CHANNEL_FD; the launcher hands the server the other end and
 * keeps nothing, so the server and the process talk directly. The launcher reports each exit (the server
 * cannot wait for a process it did not start), and leaves when the server does.
 */
import type { Socket } from "node:net";
import { spawnReadProcess } from "./spawn-read-process.js";
import type { LaunchNotice, LaunchRequest } from "./wire.js";

const send = (notice: LaunchNotice, socket?: Socket) => {
  if (process.connected) process.send!(notice, socket);
};

// The server went away: so do we. Its read processes see their sockets close and end too.
process.on("disconnect", () => process.exit(0));

process.on("message", (request: LaunchRequest) => {
  const started = spawnReadProcess(request, (error) =>
    send({ type: "exited", id: request.id, code: null, signal: null, error }),
  );
  if (!started) return;
  const { child, socket } = started;
  child.once("exit", (code, signal) => send({ type: "exited", id: request.id, code, signal }));
  // The socket goes to the server and is closed here (send's default).
  send({ type: "started", id: request.id, pid: child.pid }, socket);
});
