import type { FieldLink } from "@/lib/forms/result";

/** The messages of one field, linked to its input by aria-describedby; with `link`, a link after them (where to look instead). */
export function FieldError({ id, messages, link }: { id: string; messages?: string[]; link?: FieldLink }) {
  return (
    <span id={id} className="field-error">
      {messages?.join(" ")}
      {link && messages?.length ? (
        <>
          {" "}
          <a href={link.href}>{link.text}</a>
        </>
      ) : null}
    </span>
  );
}
