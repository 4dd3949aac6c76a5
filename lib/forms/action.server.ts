// One wrapper for every workspace server action, in the spirit of Formbricks'
// authenticatedActionClient: it checks the caller on the server on every call (a server action is
// a public endpoint), reads the form (anything a forged call passes becomes an empty form), parses
// it with the action's zod schema into the one ActionResult shape with translated field errors,
// and hands the action what is left to do: its data, audit, revalidation and answer.
// Nothing here catches: redirect(), forbidden() and notFound() throw on purpose and must reach
// Next.js. Permissions fail closed (lib/auth/permissions.ts: an unknown one is refused).
import type { z } from "zod";
import { forbidden } from "next/navigation";
import { requirePermission, requireSignedIn, type CurrentUser } from "@/lib/auth/guards.server";
import { can, type Permission } from "@/lib/auth/permissions";
import { asForm, echoValues, formFields, parseForm, type FormMessages } from "@/lib/forms/parse-form.server";
import type { ActionResult } from "@/lib/forms/result";

/** Who may call the action. */
export type ActionAccess =
  | {
      permission: Permission;
      /**
       * For a permission a unit head holds only on their own unit: the unit the form acts on (a
       * hidden field, or the unit of the record it names), checked against theirs before anything
       * else. Null (none, or not found) is checked as unit -1, which no head holds.
       */
      unit?: (form: FormData) => number | null | Promise<number | null>;
    }
  | { signedIn: true; from?: string };

export type ActionOptions<S extends z.ZodType | undefined> = ActionAccess & {
  /** Parses the form before the action runs; a failure is answered without calling it. */
  schema?: S;
  /** Where the schema's message codes are translated (default: "admin.errors"). */
  messages?: FormMessages;
};

export type ActionContext<I> = {
  user: CurrentUser;
  /** The form parsed with the schema (undefined without one). */
  input: I;
  /** The form itself, for the hidden ids outside the schema. */
  form: FormData;
  /** The submitted text fields, to refill the form with after an error (never a password). */
  values: Record<string, string>;
  /** With `unit`: the unit the permission was checked on (-1 when the form named none). */
  unitId: number;
  /** Parses the form now, for an action that must find its record before it validates the rest. */
  parse<S extends z.ZodType>(schema: S): ReturnType<typeof parseForm<S>>;
  /** 403 (forbidden() throws) unless the caller holds the action's permission on `unitId`. */
  requireUnit(unitId: number): void;
};

type Input<S> = S extends z.ZodType ? z.infer<S> : undefined;

async function prepare<S extends z.ZodType | undefined>(options: ActionOptions<S>, submitted: unknown) {
  const form = asForm(submitted); // a forged call may pass anything here
  let user: CurrentUser;
  let unitId = -1;
  let permission: Permission | undefined;
  if ("signedIn" in options && options.signedIn) {
    user = await requireSignedIn(options.from);
  } else {
    permission = (options as { permission: Permission }).permission;
    const unit = "unit" in options && options.unit ? ((await options.unit(form)) ?? -1) : undefined;
    user = await requirePermission(permission, unit === undefined ? {} : { unitId: unit });
    unitId = unit ?? -1;
  }
  const context: Omit<ActionContext<unknown>, "input"> = {
    user,
    form,
    values: echoValues(formFields(form)),
    unitId,
    parse: (schema) => parseForm(schema, form, options.messages),
    requireUnit: (id) => {
      // Without a permission (signed-in actions) no unit is allowed: fail closed.
      if (!permission || !can(user, permission, id)) forbidden();
    },
  };
  return context;
}

/** A server action for useActionState: `(previous, form) => ActionResult`. */
export function workspaceAction<S extends z.ZodType | undefined = undefined, T = undefined>(
  options: ActionOptions<S>,
  action: (context: ActionContext<Input<S>>) => Promise<ActionResult<T>>,
): (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>> {
  return async (_previous, submitted) => {
    const context = await prepare(options, submitted);
    if (!options.schema) return action({ ...context, input: undefined as Input<S> });
    const parsed = await context.parse(options.schema);
    if (parsed.error) return parsed.error;
    return action({ ...context, input: parsed.data as Input<S> });
  };
}

/** A server action posted by a plain form without an answer to show (`<form action={…}>`): `(form) => void`. */
export function workspaceFormAction(access: ActionAccess, action: (context: ActionContext<undefined>) => Promise<void>): (form: FormData) => Promise<void> {
  return async (submitted) => {
    const context = await prepare(access, submitted);
    await action({ ...context, input: undefined });
  };
}
