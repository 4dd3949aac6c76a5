import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options.server";
import { requestJsonReviver, requestText } from "@/lib/http/text";

const nextAuth = NextAuth(authOptions);

/**
 * next-auth with what it is given checked first: only the actions this app uses (credentials
 * sign-in, sign-out, session, csrf, providers) reach it, anything else is a 404; and a request
 * that makes it throw (found by the route fuzz with generated bodies and headers) is a 400, not
 * a 500. Its answers are otherwise passed on as they are.
 */
const ACTIONS: Record<string, ReadonlySet<string>> = {
  GET: new Set(["session", "csrf", "providers", "signin", "signout", "callback", "error"]),
  POST: new Set(["signin", "signout", "callback", "session", "_log"]),
};

async function handler(request: NextRequest, context: Context): Promise<Response> {
  const [action] = (await context.params).nextauth ?? [];
  if (!ACTIONS[request.method]?.has(action)) return Response.json({ error: "not_found" }, { status: 404 });
  if (!callbacksReadable(request)) return Response.json({ error: "bad_request" }, { status: 400 });
  try {
    return await nextAuth(request, context);
  } catch {
    return Response.json({ error: "bad_request" }, { status: 400 });
  }
}

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth checks the `callbackUrl` of the query and of its cookie before anything else, and
 * answers one that is neither an http(s) URL nor a path with a 500 ("a problem with the server
 * configuration"; found by the route fuzz with `?callbackUrl=a`). The same check here makes it a
 * 400. Our sign-in page only ever sends paths.
 */
function callbacksReadable(request: NextRequest): boolean {
  const values = [...request.nextUrl.searchParams.getAll("callbackUrl"), ...CALLBACK_COOKIES.map((name) => request.cookies.get(name)?.value)];
  return values.every((value) => value === undefined || value === "" || httpUrlOrPath(value, request.nextUrl.origin));
}

const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

function httpUrlOrPath(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

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

/**
 * The body next-auth reads (JSON or a urlencoded form) passes through requestText first, like
 * every request's text; a JSON body that does not parse is a 400 here (next-auth's own parsing
 * throws, which was a 500).
 */
async function POST(request: NextRequest, context: Context) {
  const type = request.headers.get("content-type") ?? "";
  const json = type.includes("application/json");
  if (!json && !type.includes("application/x-www-form-urlencoded")) return handler(request, context);
  const text = await request.text();
  let body: string;
  if (json) {
    try {
      body = JSON.stringify(JSON.parse(text, requestJsonReviver));
    } catch {
      return Response.json({ error: "validation" }, { status: 400 });
    }
  } else {
    body = new URLSearchParams([...new URLSearchParams(text)].map(([key, value]) => [key, requestText(value)])).toString();
  }
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  return handler(new NextRequest(request.url, { method: "POST", headers, body }), context);
}

export { GET, POST };
