import type { Translate } from "@/i18n/settings";

/** Where the dictionary behind the alignment's word evidence lives (licence CC BY-SA 4.0, © MDBG). */
const CC_CEDICT_URL = "https://cc-cedict.org/wiki/";
const CC_CEDICT = "CC-CEDICT";
/** Stands in for the link inside the translated sentence, so each locale places it where its word order wants. */
const LINK_SLOT = "\u0000";

/**
 * The article's footer: credit for CC-CEDICT, whose word evidence the aligner weighs when
 * it groups paragraphs and links sentences (the rows, their confidence markers and the
 * sentence highlights all come from that alignment). Rendered on the server, plain HTML.
 */
export function ArticleCredits({ t }: { t: Translate }) {
  const [before = "", ...rest] = t("article:credits.dictionary", { dictionary: LINK_SLOT }).split(LINK_SLOT);
  return (
    <footer className="article-footer">
      <p className="dictionary-credit">
        {before}
        <a href={CC_CEDICT_URL}>
          {CC_CEDICT}
        </a>
        {rest.join("")}
      </p>
    </footer>
  );
}
