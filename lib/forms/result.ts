// One result shape for every server action and form handler: success (with optional data), or
// a message and field-level errors for the form to show next to each field.
export type FieldErrors = Record<string, string[] | undefined>;
/** A link shown with a field's error (e.g. the case that already holds a LAPOR! ticket). */
export type FieldLink = { href: string; text: string };
export type ActionResult<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; message: string; fieldErrors: FieldErrors; values?: Record<string, string>; fieldLinks?: Record<string, FieldLink> };

export const initialResult = null;

export function failure(
  message: string,
  fieldErrors: FieldErrors = {},
  values?: Record<string, string>,
  fieldLinks?: Record<string, FieldLink>,
): ActionResult<never> {
  return { ok: false, message, fieldErrors, values, ...(fieldLinks ? { fieldLinks } : {}) };
}
