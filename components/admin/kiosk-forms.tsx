"use client";
// The kiosk devices page's forms that answer with something to show: a pairing link with its QR
// code (adding a device, or a new link for one), and a revocation's confirmation. Server actions
// with useActionState, so they work without JavaScript too.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/forms/result";
import type { PairingLink } from "@/app/admin/unit/[id]/kiosk/actions";
import { FieldError } from "@/components/form/field-error";

type LinkAction = (previous: ActionResult<PairingLink> | null, form: FormData) => Promise<ActionResult<PairingLink>>;
type Labels = { added: string; linkIssued: string; qrLabel: string };

export function PairingForm(props: {
  id: string;
  action: LinkAction;
  hidden: Record<string, string>;
  submit: string;
  submitLabel?: string;
  nameField?: { label: string; hint: string };
  labels: Labels;
}) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const link = state?.ok ? state.data : undefined;
  return (
    <div className="stack">
      <form action={formAction} className={props.nameField ? "stack admin-form" : "inline-form"} noValidate id={props.id}>
        {state && !state.ok && (
          <p className="form-error" role="alert">
            {state.message}
          </p>
        )}
        {Object.entries(props.hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {props.nameField && (
          <div className="field">
            <label htmlFor={`${props.id}-name`}>{props.nameField.label}</label>
            <span className="hint" id={`${props.id}-name-hint`}>
              {props.nameField.hint}
            </span>
            <input
              id={`${props.id}-name`}
              name="name"
              type="text"
              maxLength={80}
              aria-describedby={`${props.id}-name-hint ${props.id}-name-error`}
              aria-invalid={!!errors.name}
              defaultValue={state && !state.ok ? state.values?.name : ""}
            />
            <FieldError id={`${props.id}-name-error`} messages={errors.name} />
          </div>
        )}
        <button type="submit" disabled={pending} className={props.nameField ? undefined : "small secondary"} aria-label={props.submitLabel}>
          {props.submit}
        </button>
      </form>
      {link && (
        <div role="status" className="pairing-link">
          <p>{(link.fresh ? props.labels.added : props.labels.linkIssued).replace("{name}", link.name).replace("{expires}", link.expires)}</p>
          <p>
            <a href={link.url} data-testid="pairing-link">
              {link.url}
            </a>
          </p>
          {/* Our own SVG, drawn on the server from the link (lib/units/qr.ts). */}
          <div role="img" aria-label={props.labels.qrLabel} className="poster-qr small-qr" dangerouslySetInnerHTML={{ __html: link.qr }} />
        </div>
      )}
    </div>
  );
}

type PlainAction = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

/** A one-button form (revoke) whose answer is a message. */
/**
 * A one-button action; with `confirm`, the button only opens the question (a native disclosure, so
 * without JavaScript too) and the action runs from its "yes", which sends `confirm=1` (the action
 * refuses a call without it).
 */
export function ButtonForm(props: {
  action: PlainAction;
  hidden: Record<string, string>;
  submit: string;
  submitLabel: string;
  confirm?: { question: string; yes: string; yesLabel: string };
}) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const form = (
    <form action={formAction} className="inline-form">
      {Object.entries(props.hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {props.confirm && <input type="hidden" name="confirm" value="1" />}
      <button type="submit" className="small secondary" disabled={pending} aria-label={props.confirm ? props.confirm.yesLabel : props.submitLabel}>
        {props.confirm ? props.confirm.yes : props.submit}
      </button>
      {state && <span role={state.ok ? "status" : "alert"}>{state.message}</span>}
    </form>
  );
  if (!props.confirm) return form;
  return (
    <details className="confirm-action">
      <summary aria-label={props.submitLabel}>{props.submit}</summary>
      <p>{props.confirm.question}</p>
      {form}
    </details>
  );
}
