import { loadConfig, type ServeOptions } from "../config/load.js";
import { createServer } from "../server/server.js";
import { rootSignInUrl } from "../server/auth/actor-plugins.js";

/** `datasette-export serve`: boots the server, prints its URL, and shuts down cleanly on Ctrl-C. */
export async function serve(options: ServeOptions): Promise<void> {
  const config = await loadConfig(options);
  const server = await createServer(config);
  const url = await server.listen(config.port, config.host);
  console.log(`Serving on ${url}`);
  // --root: a one-time sign-in link, as Datasette prints it (the token works once, then is gone).
  const signIn = rootSignInUrl(server.datasette, url);
  if (signIn) console.log(signIn);
  let closing = false;
  const stop = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: shutting down`);
    await server.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}
