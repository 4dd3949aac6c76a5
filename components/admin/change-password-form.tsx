"use client";
// The signed-in user's change of password: the current one, the new one twice; on success, a link
// to sign in again.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/forms/result";
import { FieldError } from "@/components/form/field-error";

type Labels = { currentPassword: string; newPassword: string; newPasswordHint: string; confirmPassword: string; save: string; signInAgain: string };

export function ChangePasswordForm({ action, labels }: { action: (p: ActionResult | null, f: FormData) => Promise<ActionResult>; labels: Labels }) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  if (state?.ok) {
    return (
      <p role="status">
        {state.message} <a href="/admin/masuk">{labels.signInAgain}</a>
      </p>
    );
  }
  return (
    <form action={formAction} className="stack" noValidate>
      {state && !state.ok && <p className="form-error">{state.message}</p>}
      <PasswordField name="currentPassword" autoComplete="current-password" label={labels.currentPassword} messages={errors.currentPassword} />
      <PasswordField name="newPassword" autoComplete="new-password" label={labels.newPassword} hint={labels.newPasswordHint} messages={errors.newPassword} />
      <PasswordField name="confirmPassword" autoComplete="new-password" label={labels.confirmPassword} messages={errors.confirmPassword} />
      <button type="submit" disabled={pending}>
        {labels.save}
      </button>
    </form>
  );
}

/** One password input in its label, with its hint (if any) and its error, both linked by aria-describedby. */
function PasswordField({
  name,
  autoComplete,
  label,
  hint,
  messages,
}: {
  name: string;
  autoComplete: "current-password" | "new-password";
  label: string;
  hint?: string;
  messages?: string[];
}) {
  return (
    <label>
      {label}
      <input
        name={name}
        type="password"
        autoComplete={autoComplete}
        aria-invalid={!!messages}
        aria-describedby={hint ? `${name}-hint ${name}-error` : `${name}-error`}
      />
      {hint && (
        <span id={`${name}-hint`} className="hint">
          {hint}
        </span>
      )}
      <FieldError id={`${name}-error`} messages={messages} />
    </label>
  );
}
