/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its .wasm and data files relative to its own module, so it must not be bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "jsdom"],
  // Lint runs as its own step (`npm run lint`); type errors still fail the build.
  poweredByHeader: false,
};

export default nextConfig;
