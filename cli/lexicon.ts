import type { BilingualLexicon } from "@/core/lexicon";
import { loadCedictLexicon } from "@/ingest/cedict-lexicon";

/**
 * The CC-CEDICT lexicon for English ↔ Chinese alignment, or undefined when its data cannot
 * be read: the command then aligns by lengths and anchors alone, as it did before the
 * dictionary, and says so in one line on stderr rather than failing. (The lexicon is cached
 * for the process, so a batch or a test worker pays the two seconds of loading once.)
 */
export function cedictLexiconOrWarn(command: string): BilingualLexicon | undefined {
  try {
    return loadCedictLexicon();
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    console.error(`parallax ${command}: warning: aligning without the CC-CEDICT dictionary (${reason})`);
    return undefined;
  }
}
