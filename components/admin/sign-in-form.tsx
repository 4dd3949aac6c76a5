"use client";
// The workspace sign-in (staff only; the citizen pages need no JavaScript, this one does).
import { useState, useSyncExternalStore } from "react";
import { signIn } from "next-auth/react";

type Labels = { email: string; password: string; signIn: string; signingIn: string; errors: Record<"invalid" | "rate_limited" | "generic", string> };

export function SignInForm({ next, labels }: { next: string; labels: Labels }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Until the page's JavaScript runs (a slow phone, a busy machine), the button stays disabled: a
  // click then would submit the form natively, and the password must never travel in a URL.
  const hydrated = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(next);
      return;
    }
    setPending(false);
    const code = result?.error as keyof Labels["errors"] | undefined;
    setError(code && code in labels.errors ? labels.errors[code] : labels.errors.generic);
  }

  return (
    <form method="post" onSubmit={onSubmit} className="stack" noValidate>
      {error && (
        <p className="form-error" role="alert" id="sign-in-error">
          {error}
        </p>
      )}
      <label>
        {labels.email}
        <input name="email" type="email" autoComplete="username" required aria-describedby={error ? "sign-in-error" : undefined} />
      </label>
      <label>
        {labels.password}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <button type="submit" disabled={!hydrated || pending}>
        {pending ? labels.signingIn : labels.signIn}
      </button>
    </form>
  );
}
