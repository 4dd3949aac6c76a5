import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options.server";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth answers two GETs that no page of ours makes with a 500 (found by the route fuzz,
 * e2e/bad-input-routes.spec.ts): its credentials callback, which only takes a POST, and its own
 * error page for `?error=Configuration` (or `/error/Configuration`). The first is a 405 here; the
 * second, like every next-auth error page, sends the visitor to the workspace's sign-in page.
 */
async function GET(request: NextRequest, context: Context) {
  const [action, provider] = (await context.params).nextauth ?? [];
  if (action === "callback" && provider === "credentials") return new Response(null, { status: 405, headers: { Allow: "POST" } });
  if (action === "error") return new Response(null, { status: 303, headers: { Location: "/admin/masuk" } });
  return handler(request, context);
}

export { GET, handler as POST };
