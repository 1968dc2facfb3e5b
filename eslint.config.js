import nextPlugin from "@next/eslint-plugin-next";
import tseslint from "typescript-eslint";

/**
 * Layers import one way (see ARCHITECTURE.md):
 *   app → server → services → db → core,  services → ingest → core,
 *   app → components → core,  components → i18n,  app → i18n → locales,  app → core,
 *   cli → services, core (and db/ingest in the files listed at its rule);  ingest → core.
 * Each block below forbids what its layer may not import, so nobody has to remember.
 */
const framework = ["next", "next/*", "react", "react/*", "react-dom", "react-dom/*", "i18next", "react-i18next", "react-i18next/*"];
const prisma = ["@prisma/*", "@/generated/*", "pg", "@electric-sql/*", "pglite-prisma-adapter"];
const layers = (...names) => names.flatMap((name) => [`@/${name}/*`, `@/${name}`]);

/** Each core/ module is a folder whose index.ts is its public face; its other files are its own. */
const coreInternals = {
  group: ["@/core/*/*", "**/core/*/*"],
  message: "Import a core/ module through its index.ts (@/core/<module>), never its internal files.",
};

const restrict = (files, patterns, message) => ({
  files,
  rules: {
    "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }, coreInternals] }],
  },
});

/** core/ rules for files `depth` folders below core/: the same everywhere, plus no reaching into another module. */
const pureCore = (files, otherModuleInternals) => ({
  files,
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          { group: ["node:*", ...framework, ...prisma], message: "core/ is pure: no framework, no database, no Node built-ins." },
          { group: layers("db", "server", "app", "components", "i18n", "cli", "ingest", "services"), message: "core/ imports nothing from other layers." },
          { group: ["@/core/*/*", otherModuleInternals], message: "Import another core/ module through its index.ts, never its internal files." },
        ],
      },
    ],
    "no-restricted-globals": ["error", { name: "process", message: "core/ is pure: pass configuration in." }],
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
  pureCore(["core/*.ts"], "./*/*"),
  pureCore(["core/*/*.ts"], "../*/*"),
  pureCore(["core/*/*/*.ts"], "../../*/*"),
  restrict(["ingest/**/*.ts"], [...framework, ...prisma, ...layers("db", "server", "app", "components", "i18n", "cli", "services")], "ingest/ reads files for the pipeline: it may use core/ only."),
  restrict(["db/**/*.ts"], [...framework, ...layers("server", "app", "components", "i18n", "cli", "ingest", "services")], "db/ is the Prisma door: it may use core/ only."),
  restrict(["services/**/*.ts"], [...framework, ...layers("server", "app", "components", "i18n", "cli")], "services/ are use cases shared by the CLI and the web: they may use db/, ingest/ and core/."),
  restrict(["server/**/*.ts"], layers("app", "components", "cli"), "server/ serves app/: it may use services/, db/, core/ and i18n/."),
  restrict(["components/**/*.{ts,tsx}"], [...prisma, ...layers("db", "server", "app", "cli", "ingest", "services")], "components/ render data they are given: core/ and i18n/ only."),
  restrict(["app/**/*.{ts,tsx}"], [...prisma, ...layers("db", "cli", "ingest", "services")], "app/ is thin: load data through server/."),
  restrict(["proxy.ts"], [...prisma, ...layers("db", "services", "cli", "ingest", "components", "app")], "proxy.ts routes requests: it may use server/, core/ and i18n/."),
  restrict(["i18n/**/*.{ts,tsx}"], [...prisma, ...layers("db", "server", "app", "components", "cli", "ingest", "core", "services")], "i18n/ holds UI strings only."),
  { files: ["bench/**/*.ts"], rules: { "no-restricted-imports": ["error", { patterns: [coreInternals] }] } },
  restrict(["cli/**/*.ts"], [...layers("server", "app", "components"), "next", "next/*", "react"], "cli/ is a thin shell over services/ and core/."),
  // Commands go through services/; these files still reach db/ or ingest/ themselves: the
  // database maintenance commands (db, serve), loading the lexicon, decoding text files, and
  // naming a busy database.
  {
    ...restrict(["cli/**/*.ts"], [...layers("server", "app", "components", "db", "ingest"), "next", "next/*", "react"], "cli/ is a thin shell over services/ and core/: import through services/import."),
    ignores: ["cli/commands/db.ts", "cli/commands/serve.ts", "cli/lexicon.ts", "cli/read-lines.ts"],
  },
);
