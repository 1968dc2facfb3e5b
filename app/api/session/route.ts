import { describeSession, signIn, signOut } from "@/server/editor-sign-in";

/** Editor sign-in: GET who is signed in, POST { name, secret } to sign in, DELETE (with the CSRF token) to sign out. */
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return describeSession(request);
}

export function POST(request: Request) {
  return signIn(request);
}

export function DELETE(request: Request) {
  return signOut(request);
}
