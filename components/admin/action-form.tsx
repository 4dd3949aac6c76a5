"use client";
// A generic workspace form driven by a field list: a server action with useActionState (works
// without JS too), per-field errors linked by aria-describedby, values kept after an error.
// Optional groups of fields (each a fieldset with its legend) follow the fields, for forms with a
// list of similar items (the comments of an SKM report).
import { startTransition, useActionState, useEffect, useRef, type FormEvent, type ReactNode } from "react";
import type { ActionResult } from "@/lib/forms/result";
import { FieldError } from "@/components/form/field-error";
import { GroupChooser, type ChooserLabels } from "@/components/admin/group-chooser";

export type FormField = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "number" | "date" | "datetime-local" | "tel" | "checkbox" | "select" | "hidden" | "textarea";
  defaultValue?: string;
  checked?: boolean;
  options?: { value: string; label: string }[];
  hint?: string;
  required?: boolean;
  step?: string;
  autoComplete?: string;
  /** A textarea's height in lines (a paragraph-sized answer wants more than the default two). */
  rows?: number;
};

/** `section` and `searchText`: where the group sits and what the search finds it by, with `chooser`. */
export type FieldGroup = { id: string; legend: string; fields: FormField[]; section?: string; searchText?: string };

/** A server action that answers the form with a result (useActionState). */
export type FormAction = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
/** A server action behind a plain form (one button, no answer to show). */
export type PlainFormAction = (form: FormData) => Promise<void>;

export function ActionForm({
  action,
  fields,
  submit,
  id,
  groups,
  groupsIntro,
  chooser,
}: {
  action: FormAction;
  fields: FormField[];
  submit: string;
  id: string;
  groups?: FieldGroup[];
  /** Shown before the groups (a heading and what they are for). */
  groupsIntro?: ReactNode;
  /** Groups in sections (by their `section`), with a search box and pages: for a long list. */
  chooser?: { sections: { id: string; title: string }[]; labels: ChooserLabels };
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const links = state && !state.ok ? (state.fieldLinks ?? {}) : {};
  const values = state && !state.ok ? state.values : undefined;
  const form = useRef<HTMLFormElement>(null);
  // React resets a form after its action, which sets every select back to its first option (a
  // select's defaultValue is not an attribute a reset returns to): so with JavaScript the action
  // is called here, the form keeps every choice after an error, and is reset only after a success.
  // Without JavaScript the page comes back with the values sent (`values`).
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const submitHere = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  };
  return (
    <form ref={form} action={formAction} onSubmit={submitHere} className="stack admin-form" noValidate id={id}>
      {state && !state.ok && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      {state?.ok && state.message && <p role="status">{state.message}</p>}
      {fields.map(renderField)}
      {groupsIntro}
      {chooser ? (
        <GroupChooser
          formId={id}
          labels={chooser.labels}
          sections={chooser.sections.map((section) => ({
            ...section,
            groups: (groups ?? [])
              .filter((g) => g.section === section.id)
              .map((g) => ({ id: g.id, searchText: g.searchText ?? g.legend, checked: g.fields.some(isChecked), node: renderGroup(g) })),
          }))}
        />
      ) : (
        groups?.map(renderGroup)
      )}
      <button type="submit" disabled={pending}>
        {submit}
      </button>
    </form>
  );

  function renderGroup(g: FieldGroup) {
    return (
      <fieldset key={g.id} id={`${id}-${g.id}`} className="stack">
        <legend>{g.legend}</legend>
        {g.fields.map(renderField)}
      </fieldset>
    );
  }

  function isChecked(f: FormField) {
    return f.type === "checkbox" && (values ? values[f.name] === "on" : !!f.checked);
  }

  function renderField(f: FormField) {
    const fieldId = `${id}-${f.name}`;
    const errorId = `${fieldId}-error`;
    const describedBy = [f.hint ? `${fieldId}-hint` : null, errorId].filter(Boolean).join(" ");
    const value = values?.[f.name] ?? f.defaultValue ?? "";
    if (f.type === "hidden") return <input key={f.name} type="hidden" name={f.name} value={f.defaultValue ?? ""} />;
    if (f.type === "checkbox") {
      const checked = isChecked(f);
      return (
        <div key={f.name} className="checkbox-field">
          <input id={fieldId} type="checkbox" name={f.name} defaultChecked={checked} aria-describedby={describedBy} />
          <label htmlFor={fieldId}>{f.label}</label>
          <FieldError id={errorId} messages={errors[f.name]} link={links[f.name]} />
        </div>
      );
    }
    const required = f.required ? { required: true, "aria-required": true } : {};
    return (
      <div key={f.name} className="field">
        {/* The required mark is the label's ::after (globals.css): seen, not part of its text or accessible name (aria-required says it). */}
        <label htmlFor={fieldId} className={f.required ? "required" : undefined}>
          {f.label}
        </label>
        {f.type === "select" ? (
          // Keyed by its value: React resets a form after its action, and a select remounted with
          // the value sent keeps the choice after an error.
          <select key={value} id={fieldId} name={f.name} defaultValue={value} {...required} aria-invalid={!!errors[f.name]} aria-describedby={describedBy}>
            {f.options?.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : f.type === "textarea" ? (
          <textarea
            id={fieldId}
            name={f.name}
            defaultValue={value}
            rows={f.rows}
            aria-invalid={!!errors[f.name]}
            aria-describedby={describedBy}
            {...required}
          />
        ) : (
          <input
            id={fieldId}
            name={f.name}
            type={f.type ?? "text"}
            defaultValue={f.type === "password" ? undefined : value}
            step={f.step}
            {...required}
            autoComplete={f.autoComplete}
            aria-invalid={!!errors[f.name]}
            aria-describedby={describedBy}
          />
        )}
        {f.hint && (
          <span id={`${fieldId}-hint`} className="hint">
            {f.hint}
          </span>
        )}
        <FieldError id={errorId} messages={errors[f.name]} link={links[f.name]} />
      </div>
    );
  }
}
