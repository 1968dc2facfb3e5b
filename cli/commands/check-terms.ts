import { parseArgs } from "node:util";
import { FLAG_KINDS, flagExplanation, type ComputedFlag } from "@/core/flags";
import { createI18n } from "@/i18n/create-i18n";
import { checkTermsOfFolder } from "@/services/check-terms";
import { cedictLexiconOrWarn } from "../lexicon";
import { UsageError } from "../usage-error";

const USAGE = "usage: parallax check-terms <article-folder> --glossary <file.csv|file.tbx> [--json]";

/** One flag as `check-terms --json` prints it (contract in ../shared/DESIGN.md). */
interface PrintedFlag {
  kind: ComputedFlag["kind"];
  lang: ComputedFlag["language"];
  /** 1-based position of the paragraph in `lang`'s file, as people count; null when the row has none there. */
  paragraph: number | null;
  term: string | null;
  expected: string | null;
  found: string | null;
  message: string;
}

/**
 * `parallax check-terms <article-folder> --glossary <file.csv|file.tbx> [--json]`: runs the
 * terminology checks on an article's files against a glossary file, touching no database,
 * for a translator's CI. Prints `{"flags":[…]}` with --json, else one line per flag and a
 * count. Exit codes: 0 no flags, 1 flags, 2 bad input (main.ts maps this command's errors
 * to 2, since 1 already means "flags found").
 */
export async function runCheckTerms(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { glossary: { type: "string" }, json: { type: "boolean", default: false } },
  });
  const [folder, ...extra] = positionals;
  const glossary = values.glossary;
  if (folder === undefined || extra.length > 0 || glossary === undefined || glossary === "") throw new UsageError(USAGE);

  const { flags } = await checkTermsOfFolder(folder, glossary, {
    loadLexicon: () => cedictLexiconOrWarn("check-terms"),
    onNote: (note) => console.error(`parallax check-terms: ${note}`),
  });
  const printed = printedFlags(flags);
  if (values.json) console.log(JSON.stringify({ flags: printed }));
  else printTable(printed, folder);
  return printed.length === 0 ? 0 : 1;
}

function printedFlags(flags: readonly ComputedFlag[]): PrintedFlag[] {
  const i18n = createI18n("en");
  const { t } = i18n;
  // An alignment's reasons are codes ("unmatched:zh-Hans"); the reading view's words for them
  // (article:reasons.<kind>) read better, the language or pair kept in brackets.
  const reasonWords = (reason: string) => {
    const [kind = "", detail] = reason.split(":", 2);
    const key = `article:reasons.${kind}`;
    return i18n.exists(key) && kind !== "other" ? `${t(key as "article:reasons.unmatched")}${detail ? ` (${detail})` : ""}` : reason;
  };
  return flags.map((flag) => {
    const { key, values } = flagExplanation(flag);
    if (flag.kind === "alignment-doubt" && flag.details.reasons !== undefined && flag.details.reasons.length > 0) {
      values.reasons = flag.details.reasons.map(reasonWords).join("; ");
    }
    return {
      kind: flag.kind,
      lang: flag.language,
      paragraph: flag.paragraphPosition === null ? null : flag.paragraphPosition + 1,
      term: flag.term,
      expected: flag.expected,
      found: flag.found,
      message: t(`flags:${key}`, values),
    };
  });
}

/** `zh-Hant ¶3  sc-tc-mismatch  project: 專案 → 計畫  <message>` per flag, then the counts per kind. */
function printTable(flags: readonly PrintedFlag[], folder: string): void {
  const kindWidth = Math.max(...FLAG_KINDS.map((kind) => kind.length));
  for (const flag of flags) {
    const where = `${flag.lang.padEnd(7)} ¶${String(flag.paragraph ?? "–").padEnd(4)}`;
    const what = flag.term === null ? "" : `${flag.term}: ${flag.expected ?? "–"} → ${flag.found ?? "–"}  `;
    console.log(`${where} ${flag.kind.padEnd(kindWidth)}  ${what}${flag.message}`);
  }
  if (flags.length === 0) {
    console.log(`No flags in ${folder}.`);
    return;
  }
  const counts = FLAG_KINDS.map((kind) => [kind, flags.filter((flag) => flag.kind === kind).length] as const).filter(([, count]) => count > 0);
  console.log(`${flags.length} flag${flags.length === 1 ? "" : "s"} in ${folder}: ${counts.map(([kind, count]) => `${kind} ${count}`).join(", ")}.`);
}
