/**
 * The plugin-filled parts of Datasette's default pages: each page's actions menu (table_actions,
 * database_actions, …) and the HTML slot at its top (top_table, top_database, …). Templates render
 * synchronously, so a view asks the hooks before rendering and hands the template their answers in the
 * shape Datasette's templates expect (a list, or a function returning one or returning Markup).
 */
import type { Datasette } from "./datasette.js";
import type { ActionItem, Plugin } from "../plugins/hooks.js";
import { markSafe, type SafeString } from "../templates/python-values.js";

type ActionHook =
  "tableActions" | "viewActions" | "rowActions" | "queryActions" | "databaseActions" | "homepageActions";

type TopHook = "topHomepage" | "topDatabase" | "topTable" | "topRow" | "topQuery" | "topStoredQuery";

type HookArgument<K extends keyof Plugin> = Parameters<Extract<Plugin[K], (...a: never[]) => unknown>>[0];

/** callHook, once the hook's argument type has been checked by the callers' signatures below. */
function call(datasette: Datasette, hook: ActionHook | TopHook, page: unknown): Promise<unknown[]> {
  const callHook = datasette.callHook as (hook: string, page: unknown) => Promise<unknown[]>;
  return callHook.call(datasette, hook, page);
}

/** Every implementing plugin's items, in load order; a plugin answering null or nothing adds none. */
export async function actionItems<K extends ActionHook>(
  datasette: Datasette,
  hook: K,
  page: HookArgument<K>,
): Promise<ActionItem[]> {
  const answers = (await call(datasette, hook, page)) as (ActionItem[] | null | undefined)[];
  return answers.flatMap((items) => (Array.isArray(items) ? items : []));
}

/** Every implementing plugin's HTML joined, printed as is (Datasette marks the join Markup). */
export async function topHtml<K extends TopHook>(
  datasette: Datasette,
  hook: K,
  page: HookArgument<K>,
): Promise<SafeString> {
  const answers = await call(datasette, hook, page);
  return markSafe(answers.filter((html) => html !== null && html !== undefined).join(""));
}
