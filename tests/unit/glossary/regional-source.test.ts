import { describe, expect, it } from "vitest";
import { regionalSourceFromTerms } from "@/core/glossary/regional-source";
import type { Term } from "@/core/glossary/term";
import { diffScripts } from "@/core/script-diff/diff-scripts";
import { withRegionalSources } from "@/core/script-diff/resources";

const channel: Term = {
  english: ["sales channel"],
  hansPreferred: "渠道",
  hantPreferred: "通路",
  hansAllowed: ["销售渠道"],
  hantAllowed: ["銷售通路"],
  hansForbidden: [],
  hantForbidden: [],
  note: null,
  noteZhHans: null,
  noteZhHant: null,
};

describe("regionalSourceFromTerms", () => {
  it("pairs every Simplified rendering with every Traditional one", () => {
    expect(regionalSourceFromTerms([channel]).entries).toEqual([
      ["渠道", "通路", "銷售通路"],
      ["销售渠道", "通路", "銷售通路"],
    ]);
  });

  it("makes a glossary pair a regional variant, without a region", () => {
    expect(diffScripts("拓展渠道", "拓展通路")[0]?.class).toBe("divergent-wording");
    const resources = withRegionalSources([regionalSourceFromTerms([channel])]);
    expect(diffScripts("拓展渠道", "拓展通路", { resources })).toEqual([
      { class: "regional-variant", hans: "渠道", hant: "通路", hansStart: 2, hansEnd: 4, hantStart: 2, hantEnd: 4 },
    ]);
  });
});
