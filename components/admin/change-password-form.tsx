"use client";
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
      <label>
        {labels.currentPassword}
        <input
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          aria-invalid={!!errors.currentPassword}
          aria-describedby="currentPassword-error"
        />
        <FieldError id="currentPassword-error" messages={errors.currentPassword} />
      </label>
      <label>
        {labels.newPassword}
        <input
          name="newPassword"
          type="password"
          autoComplete="new-password"
          aria-invalid={!!errors.newPassword}
          aria-describedby="newPassword-hint newPassword-error"
        />
        <span id="newPassword-hint" className="hint">
          {labels.newPasswordHint}
        </span>
        <FieldError id="newPassword-error" messages={errors.newPassword} />
      </label>
      <label>
        {labels.confirmPassword}
        <input
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          aria-invalid={!!errors.confirmPassword}
          aria-describedby="confirmPassword-error"
        />
        <FieldError id="confirmPassword-error" messages={errors.confirmPassword} />
      </label>
      <button type="submit" disabled={pending}>
        {labels.save}
      </button>
    </form>
  );
}
