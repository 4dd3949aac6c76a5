// The body of a JSON API request, refused (not parsed) beyond a size limit.
import { requestJsonReviver } from "./text";

const MAX_BODY_BYTES = 32 * 1024;

export async function readJson(request: Request, maxBytes = MAX_BODY_BYTES): Promise<{ ok: true; value: unknown } | { ok: false }> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return { ok: false };
  try {
    const text = await request.text();
    if (text.length > maxBytes) return { ok: false };
    return { ok: true, value: JSON.parse(text, requestJsonReviver) };
  } catch {
    return { ok: false };
  }
}
