import { signOutAction } from "@/lib/auth/sign-out-action";

/** A form, not a script: it signs out before the page's JavaScript has loaded too. */
export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction} className="inline-form">
      <button type="submit" className="link-button">
        {label}
      </button>
    </form>
  );
}
