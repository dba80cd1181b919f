import { Signer } from "../server/signer.js";
import { ACTIONS } from "../server/auth/actions.js";
import { TOKEN_NAMESPACE, TOKEN_PREFIX, createToken, type TokenRestrictions } from "../server/auth/tokens.js";

export interface CreateTokenOptions {
  /** --secret, else $DATASETTE_SECRET: must be the secret the server runs with. */
  secret?: string | null;
  expiresAfter?: number | null;
  /** --all ACTION (repeatable) */
  all?: string[];
  /** --database DB ACTION (repeatable), flattened as commander gathers them */
  database?: string[];
  /** --resource DB TABLE ACTION (repeatable), flattened */
  resource?: string[];
  debug?: boolean;
  /** Current time in seconds, for tests. */
  now?: number;
}

/**
 * `datasette-export create-token ACTOR`: a signed `dstok_` token the server accepts as
 * `Authorization: Bearer` when it runs with the same secret. Returns the lines to print; warnings for
 * actions the server does not know go to `warn`.
 */
export function createTokenCommand(
  actorId: string,
  options: CreateTokenOptions,
  env: Record<string, string | undefined> = process.env,
  warn: (line: string) => void = (line) => console.error(line),
): string[] {
  const secret = options.secret ?? env.DATASETTE_SECRET;
  if (!secret)
    throw new Error(
      "Missing --secret (or the DATASETTE_SECRET environment variable): the server's secret signs the token",
    );
  const restrictions: TokenRestrictions = { all: options.all ?? [], database: {}, resource: {} };
  for (const [db, action] of groups(options.database ?? [], 2, "--database DB ACTION")) {
    (restrictions.database![db!] ??= []).push(action!);
  }
  for (const [db, table, action] of groups(options.resource ?? [], 3, "--resource DB TABLE ACTION")) {
    ((restrictions.resource![db!] ??= {})[table!] ??= []).push(action!);
  }
  const named = [
    ...restrictions.all!,
    ...Object.values(restrictions.database!).flat(),
    ...Object.values(restrictions.resource!).flatMap((t) => Object.values(t).flat()),
  ];
  const known = new Set([...ACTIONS.values()].flatMap((a) => [a.name, a.abbr]));
  for (const action of named) if (!known.has(action)) warn(`  Unknown permission: ${action} `);
  const signer = new Signer(secret);
  const token = createToken(signer, actorId, {
    expiresAfter: options.expiresAfter ?? null,
    restrictions,
    now: options.now,
  });
  const lines = [token];
  if (options.debug) {
    lines.push(
      "",
      "Decoded:",
      "",
      JSON.stringify(signer.unsign(token.slice(TOKEN_PREFIX.length), TOKEN_NAMESPACE), null, 2),
    );
  }
  return lines;
}

function groups(values: string[], size: number, usage: string): string[][] {
  if (values.length % size !== 0) throw new Error(`${usage} takes ${size} values each time`);
  const out: string[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}
