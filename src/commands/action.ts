import { loadConfig } from "../config/load.js";
import { exportSite } from "../export/export.js";
import { bootServer } from "../export/boot-server.js";
import { runAction } from "../action/run.js";

/** `datasette-export action`: the Docker action's entry; inputs come from the INPUT_* environment. */
export async function actionCommand(env: NodeJS.ProcessEnv): Promise<number> {
  return runAction(env, {
    exportSite: (options) => exportSite(options, { boot: bootServer }),
    loadConfig: (sitePath, overrides) => loadConfig({ ...overrides, files: [sitePath] }),
  });
}
