// One wrapper for the workspace's JSON API on a record (/api/v1/workspace/<record>/<id>…): it
// checks the caller (401 anonymous, 403 without the permission), reads the record id from the
// path, finds the record's unit (404 when there is none) and checks the caller on that unit (403
// for a unit head and another unit's record), then parses the JSON body with the route's zod
// schema (400 with translated field errors). The route then loads the record *with* the caller's
// unit scope in its `where` and answers.
import type { NextRequest, NextResponse } from "next/server";
import type { z } from "zod";
import { apiForbidden, authorizeApi, type CurrentUser } from "@/lib/auth/guards.server";
import { can, type Permission } from "@/lib/auth/permissions";
import { notFound, translatedValidationError, type CodeMessages } from "@/lib/http/api-errors";
import { apiTranslator, parseJsonBody } from "@/lib/http/api-request.server";
import { recordId } from "@/lib/http/record-id";
import type { Translate } from "@/lib/i18n/translator.server";

export type WorkspaceApiOptions<S extends z.ZodType | undefined> = {
  permission: Permission;
  /** The unit of the record with this id, or null when there is none (guard ids with isRecordId). */
  unitOf: (id: number) => Promise<number | null>;
  /** The message key of the 404 for a record that does not exist (or is out of the caller's scope). */
  notFound: string;
  /** The JSON body: its schema, and where its message codes are translated ("invalid" for an unreadable body). */
  body?: { schema: S; messages: CodeMessages };
};

export type WorkspaceApiContext<I> = {
  request: NextRequest;
  user: CurrentUser;
  /** The record id of the path (0, which no record has, when it is not one). */
  id: number;
  t: Translate;
  /** The body parsed with the schema (undefined without one). */
  input: I;
  /** The 404 of `notFound`, for a record that the scoped load does not find. */
  notFound: () => NextResponse;
};

type Input<S> = S extends z.ZodType ? z.infer<S> : undefined;

export function workspaceApi<S extends z.ZodType | undefined = undefined>(
  options: WorkspaceApiOptions<S>,
  handler: (context: WorkspaceApiContext<Input<S>>) => Promise<Response>,
): (request: NextRequest, route: { params: Promise<{ id: string }> }) => Promise<Response> {
  return async (request, { params }) => {
    const signedIn = await authorizeApi(options.permission);
    if (signedIn.response) return signedIn.response;
    const t = await apiTranslator(request);
    const missing = () => notFound(t(options.notFound));
    const id = recordId((await params).id) ?? 0; // 0 is no record
    const unitId = await options.unitOf(id);
    if (unitId === null) return missing();
    // The caller is known: only their permission on the record's unit is left to check.
    if (!can(signedIn.user, options.permission, unitId)) return apiForbidden();
    let input = undefined as Input<S>;
    if (options.body?.schema) {
      const parsed = await parseJsonBody(request, options.body.schema, { unreadable: "invalid" });
      if (!parsed.ok) return translatedValidationError(parsed.codes, t, options.body.messages);
      input = parsed.data as Input<S>;
    }
    return handler({ request, user: signedIn.user, id, t, input, notFound: missing });
  };
}
