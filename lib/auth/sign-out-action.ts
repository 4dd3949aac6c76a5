"use server";
// Signing out of the workspace as a plain form post (a server action), so that it works before
// the page's JavaScript has loaded, as on a slow phone (next-auth's client `signOut()` did
// nothing until then). Sessions are JWTs in next-auth's cookie: a session ends when its cookie
// goes, which is all next-auth's own sign-out does for this strategy.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";

/** next-auth's session cookie, as set over HTTP and over HTTPS (`__Secure-` needs `Secure`). */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export async function signOutAction(): Promise<never> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    if (jar.has(name)) jar.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  }
  redirect("/admin/masuk");
}
