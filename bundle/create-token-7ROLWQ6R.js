import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);
import {
  ACTIONS,
  Signer,
  TOKEN_NAMESPACE,
  TOKEN_PREFIX,
  createToken
} from "./chunk-JHF3PE6T.js";
import "./chunk-E6AZRTMP.js";

// src/commands/create-token.ts
function createTokenCommand(actorId, options, env = process.env, warn = (line) => console.error(line)) {
  const secret = options.secret ?? env.DATASETTE_SECRET;
  if (!secret)
    throw new Error(
      "Missing --secret (or the DATASETTE_SECRET environment variable): the server's secret signs the token"
    );
  const restrictions = { all: options.all ?? [], database: {}, resource: {} };
  for (const [db, action] of groups(options.database ?? [], 2, "--database DB ACTION")) {
    (restrictions.database[db] ??= []).push(action);
  }
  for (const [db, table, action] of groups(options.resource ?? [], 3, "--resource DB TABLE ACTION")) {
    ((restrictions.resource[db] ??= {})[table] ??= []).push(action);
  }
  const named = [
    ...restrictions.all,
    ...Object.values(restrictions.database).flat(),
    ...Object.values(restrictions.resource).flatMap((t) => Object.values(t).flat())
  ];
  const known = new Set([...ACTIONS.values()].flatMap((a) => [a.name, a.abbr]));
  for (const action of named) if (!known.has(action)) warn(`  Unknown permission: ${action} `);
  const signer = new Signer(secret);
  const token = createToken(signer, actorId, {
    expiresAfter: options.expiresAfter ?? null,
    restrictions,
    now: options.now
  });
  const lines = [token];
  if (options.debug) {
    lines.push(
      "",
      "Decoded:",
      "",
      JSON.stringify(signer.unsign(token.slice(TOKEN_PREFIX.length), TOKEN_NAMESPACE), null, 2)
    );
  }
  return lines;
}
function groups(values, size, usage) {
  if (values.length % size !== 0) throw new Error(`${usage} takes ${size} values each time`);
  const out = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}
export {
  createTokenCommand
};
