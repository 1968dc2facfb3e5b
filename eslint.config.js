import nextPlugin from "@next/eslint-plugin-next";
import tseslint from "typescript-eslint";

/**
 * Layers import one way (see ARCHITECTURE.md):
 *   app → server → db → core,  app → components → core,  app → i18n → locales,
 *   cli → db, ingest, core;  ingest → core.
 * Each block below forbids what its layer may not import, so nobody has to remember.
 */
const framework = ["next", "next/*", "react", "react/*", "react-dom", "react-dom/*", "i18next", "react-i18next", "react-i18next/*"];
const prisma = ["@prisma/*", "@/generated/*", "pg", "@electric-sql/*", "pglite-prisma-adapter"];
const layers = (...names) => names.flatMap((name) => [`@/${name}/*`, `@/${name}`]);

const restrict = (files, patterns, message) => ({
  files,
  rules: {
    "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }] }],
  },
});

export default tseslint.config(
  { ignores: [".next/**", ".build/**", "generated/**", "node_modules/**", "test-results/**", ".data/**", "next-env.d.ts"] },
  ...tseslint.configs.recommended,
  {
    plugins: { "@next/next": nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*", ...framework, ...prisma], message: "core/ is pure: no framework, no database, no Node built-ins." },
            { group: layers("db", "server", "app", "components", "i18n", "cli", "ingest"), message: "core/ imports nothing from other layers." },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "process", message: "core/ is pure: pass configuration in." }],
    },
  },
  restrict(["ingest/**/*.ts"], [...framework, ...prisma, ...layers("db", "server", "app", "components", "i18n", "cli")], "ingest/ reads files for the pipeline: it may use core/ only."),
  restrict(["db/**/*.ts"], [...framework, ...layers("server", "app", "components", "i18n", "cli", "ingest")], "db/ is the Prisma door: it may use core/ only."),
  restrict(["server/**/*.ts"], layers("app", "components", "cli"), "server/ serves app/: it may use db/, core/ and i18n/."),
  restrict(["components/**/*.{ts,tsx}"], [...prisma, ...layers("db", "server", "app", "cli", "ingest")], "components/ render data they are given: core/ and i18n/ only."),
  restrict(["app/**/*.{ts,tsx}"], [...prisma, ...layers("db", "cli", "ingest")], "app/ is thin: load data through server/."),
  restrict(["i18n/**/*.{ts,tsx}"], [...prisma, ...layers("db", "server", "app", "components", "cli", "ingest", "core")], "i18n/ holds UI strings only."),
  restrict(["cli/**/*.ts"], [...layers("server", "app", "components"), "next", "next/*", "react"], "cli/ is a thin shell over core/, ingest/ and db/."),
);
