import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);
import {
  loadConfig
} from "./chunk-P2RRI54F.js";
import {
  createServer,
  rootSignInUrl
} from "./chunk-X6CBF64O.js";
import "./chunk-5KYFMQND.js";
import "./chunk-ASUEK7BA.js";
import "./chunk-JHF3PE6T.js";
import "./chunk-ATCLKJJX.js";
import "./chunk-GN73FVAW.js";
import "./chunk-RVBKGXXC.js";
import "./chunk-Z4UFLIYT.js";
import "./chunk-FDXMYN4B.js";
import "./chunk-RNORCARU.js";
import "./chunk-EEQHA2N2.js";
import "./chunk-E6AZRTMP.js";

// src/commands/serve.ts
async function serve(options) {
  const config = await loadConfig(options);
  const server = await createServer(config);
  const url = await server.listen(config.port, config.host);
  console.log(`Serving on ${url}`);
  const signIn = rootSignInUrl(server.datasette, url);
  if (signIn) console.log(signIn);
  let closing = false;
  const stop = async (signal) => {
    if (closing) return;
    closing = true;
    console.log(`
${signal}: shutting down`);
    await server.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}
export {
  serve
};
