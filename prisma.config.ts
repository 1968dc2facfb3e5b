import { defineConfig } from "prisma/config";

// Prisma 7 keeps the connection URL out of the schema. `prisma generate` never connects,
// and migrations go through db/migrations (the WebAssembly schema engine), so this URL is
// only a placeholder for the CLI's config validation.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/parallax-placeholder" },
});
