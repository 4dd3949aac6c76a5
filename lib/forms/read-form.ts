// Reading a posted plain-HTML form (survey, complaint, tracking, kiosk) and answering it with a
// redirect.
import { requestText } from "@/lib/http/text";

const MAX_FORM_BYTES = 32 * 1024;

/** The posted form's text fields (first value of each), or null when the body is too large. */
export async function readForm(request: Request): Promise<Record<string, string> | null> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_FORM_BYTES) return null;
  const text = await request.text();
  if (text.length > MAX_FORM_BYTES) return null;
  const values: Record<string, string> = {};
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    const form = await new Response(text, { headers: { "content-type": type } }).formData();
    for (const [key, value] of form) if (typeof value === "string" && !(key in values)) values[key] = requestText(value);
  } else {
    for (const [key, value] of new URLSearchParams(text)) if (!(key in values)) values[key] = requestText(value);
  }
  return values;
}

/** 303 to a relative Location: the visitor's host is the one that matters (see app/bahasa/route.ts). */
export function seeOther(location: string) {
  return new Response(null, { status: 303, headers: { Location: location } });
}
