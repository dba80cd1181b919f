/**
 * The plugin-filled parts of Datasette's default pages: each page's actions menu (table_actions,
 * database_actions, …) and the HTML slot at its top (top_table, top_database, …). Templates render
 * synchronously, so a view asks the hooks before rendering and hands the template their answers in the
 * shape Datasette's templates expect (a list, or a function returning one or returning Markup).
 */
import type { Datasette } from "./datasette.js";
import type { ActionItem, Plugin } from "../plugins/hooks.js";
import { markSafe, type SafeString } from "../templates/python-values.js";
import { implementsHook } from "../plugins/hook-runner.js";

type ActionHook =
  "tableActions" | "viewActions" | "rowActions" | "queryActions" | "databaseActions" | "homepageActions";

type TopHook = "topHomepage" | "topDatabase" | "topTable" | "topRow" | "topQuery" | "topStoredQuery";

type HookArgument<K extends keyof Plugin> = Parameters<Extract<Plugin[K], (...a: never[]) => unknown>>[0];

/** callHook, once the hook's argument type has been checked by the callers' signatures below. */
function call(datasette: Datasette, hook: ActionHook | TopHook, page: unknown): Promise<unknown[]> {
  const callHook = datasette.callHook as (hook: string, page: unknown) => Promise<unknown[]>;
  return callHook.call(datasette, hook, page);
}

// Both answer at once, without a promise, when no plugin implements the hook (most sites, most hooks):
// views wait for them together with whenAll (hook-runner.ts).

/** Every implementing plugin's items, in load order; a plugin answering null or nothing adds none. */
export function actionItems<K extends ActionHook>(
  datasette: Datasette,
  hook: K,
  page: HookArgument<K>,
): ActionItem[] | Promise<ActionItem[]> {
  if (!implementsHook(datasette.plugins, hook)) return [];
  return call(datasette, hook, page).then((answers) =>
    (answers as (ActionItem[] | null | undefined)[]).flatMap((items) => (Array.isArray(items) ? items : [])),
  );
}

/** Every implementing plugin's HTML joined, printed as is (Datasette marks the join Markup). */
export function topHtml<K extends TopHook>(
  datasette: Datasette,
  hook: K,
  page: HookArgument<K>,
): SafeString | Promise<SafeString> {
  if (!implementsHook(datasette.plugins, hook)) return markSafe("");
  return call(datasette, hook, page).then((answers) =>
    markSafe(answers.filter((html) => html !== null && html !== undefined).join("")),
  );
}
