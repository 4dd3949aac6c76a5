/** The messages of one field, linked to its input by aria-describedby. */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  return (
    <span id={id} className="field-error">
      {messages?.join(" ")}
    </span>
  );
}
