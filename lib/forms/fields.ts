// The pieces of a plain-HTML form that every citizen form shares (survey, complaint, tracking,
// kiosk): the state a form is rendered again with, and each field's error line and its
// aria-describedby link.
import { html, type SafeHtml } from "@/lib/html/template";

export type FormState = {
  values: Record<string, string>;
  errors: Record<string, string[]>; // already translated, by flat field name
  notice?: string; // a message for the whole form (rate limit)
};

export function fieldError(name: string, errors: Record<string, string[]>): SafeHtml {
  const messages = errors[name];
  return html`<p class="err" id="${name}-error"${messages ? "" : html` hidden`}>${messages?.join(" ") ?? ""}</p>`;
}

export function describedBy(name: string, hint = false): string {
  return [hint ? `${name}-hint` : "", `${name}-error`].filter(Boolean).join(" ");
}
