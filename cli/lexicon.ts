import type { BilingualLexicon } from "@/core/lexicon";
import { loadCedictLexicon } from "@/ingest/cedict-lexicon";
import { firstLineOf } from "./error-message";

/**
 * The CC-CEDICT lexicon for English ↔ Chinese alignment, or undefined when its data cannot
 * be read: the command then aligns by lengths and anchors alone, as it did before the
 * dictionary, and says so in one line on stderr rather than failing. (The lexicon is packed
 * on disk after its first build and cached for the process: see ingest/cedict-lexicon.ts.)
 */
export function cedictLexiconOrWarn(command: string): BilingualLexicon | undefined {
  try {
    return loadCedictLexicon(undefined, { onWarning: (message) => console.error(`parallax ${command}: warning: ${message}`) });
  } catch (error) {
    const reason = firstLineOf(error);
    console.error(`parallax ${command}: warning: aligning without the CC-CEDICT dictionary (${reason})`);
    return undefined;
  }
}
