/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its .wasm and data files relative to its own module, so it must not be bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "jsdom"],
  // Lint runs as its own step (`npm run lint`); type errors still fail the build.
  poweredByHeader: false,
  // Next hashes every page body to make an ETag; for a long cached article that hash costs
  // more than serving it. Revisions are immutable and pages are cached, so no ETag is needed.
  generateEtags: false,
};

export default nextConfig;
