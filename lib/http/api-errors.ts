// The JSON error shape of the public API: { error, message?, fields? } with a 4xx status.
import { NextResponse } from "next/server";
import type { FieldErrors } from "@/lib/actions/result";

export function validationError(fields: FieldErrors, message?: string) {
  return NextResponse.json({ error: "validation", message, fields }, { status: 400 });
}

export function notFound(message: string) {
  return NextResponse.json({ error: "not_found", message }, { status: 404 });
}

export function tooManyRequests(message: string, retryAfterSeconds: number) {
  return NextResponse.json({ error: "rate_limited", message }, { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } });
}
