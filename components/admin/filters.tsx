// The workspace's filter forms: a GET form whose fields narrow the page's list (the query string
// keeps the choice in the URL), with a labelled select or input per field.
import type { ReactNode } from "react";

export function FilterForm({ submit, label, children }: { submit: string; label?: string; children: ReactNode }) {
  return (
    <form method="get" className="filters" aria-label={label}>
      {children}
      <button type="submit">{submit}</button>
    </form>
  );
}

/** A select whose first option, when `all` is given, is "any" (the empty value). */
export function SelectFilter({
  label,
  name,
  defaultValue,
  all,
  options,
}: {
  label: ReactNode;
  name: string;
  defaultValue?: string | number;
  all?: string;
  options: { value: string | number; label: ReactNode }[];
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={defaultValue}>
        {all !== undefined && <option value="">{all}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function InputFilter({ label, name, defaultValue, type }: { label: ReactNode; name: string; defaultValue: string; type?: "date" }) {
  return (
    <label>
      {label}
      <input type={type} name={name} defaultValue={defaultValue} />
    </label>
  );
}
