// One result shape for every server action and form handler: success (with optional data), or
// a message and field-level errors for the form to show next to each field.
export type FieldErrors = Record<string, string[] | undefined>;
export type ActionResult<T = undefined> =
  { ok: true; data?: T; message?: string } | { ok: false; message: string; fieldErrors: FieldErrors; values?: Record<string, string> };

export const initialResult = null;

export function failure(message: string, fieldErrors: FieldErrors = {}, values?: Record<string, string>): ActionResult<never> {
  return { ok: false, message, fieldErrors, values };
}
