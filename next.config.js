/**
 * The Content-Security-Policy of every response.
 *
 * Why no nonce and no hashes: proxy.ts renders an article page once per revision and then
 * serves the same bytes from memory to every reader. A per-request nonce would be baked into
 * those bytes (one nonce for everyone is no nonce), and the inline scripts Next writes into a
 * page (the React Server Components payload, `self.__next_f.push(…)`) differ from page to
 * page, so hashes could not be listed here once. Scripts therefore come from this origin or
 * inline ('unsafe-inline'; Next's production build needs no eval). What the policy still
 * forbids: scripts, styles, images, fonts and connections from any other origin, plugins,
 * <base> rewriting, forms posting elsewhere, and being framed by any page (clickjacking).
 * Imported article text never becomes markup (React renders it as text, see MarkedText).
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  // The reading modes' stylesheet is an inline <style>; the grid and the cards set style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Sent with every response, the proxy's pages from memory included (see tests/e2e/security-headers.test.ts). */
export const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // For browsers older than CSP's frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its .wasm and data files relative to its own module, so it must not be bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "jsdom"],
  // Lint runs as its own step (`npm run lint`); type errors still fail the build.
  poweredByHeader: false,
  // Next hashes every page body to make an ETag; for a long cached article that hash costs
  // more than serving it. Revisions are immutable and pages are cached, so no ETag is needed.
  generateEtags: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
