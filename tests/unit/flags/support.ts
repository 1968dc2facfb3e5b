import type { CheckRow } from "@/core/flags";
import type { Term } from "@/core/glossary";
import { term } from "../support/glossary-term";

export { term };

/** The glossary the flag tests check against (indexes matter: flags name them). */
export const GLOSSARY: Term[] = [
  term(["project"], "项目", "專案", { hantAllowed: ["計畫", "計劃"] }), // 0
  term(["software"], "软件", "軟體", { hantAllowed: ["軟件"] }), // 1
  term(["server"], "服务器", "伺服器", { hansForbidden: ["服务员", "服務員"], hantForbidden: ["服务员", "服務員"] }), // 2
  term(["video"], "视频", "影片", { hansAllowed: ["录像"], hantAllowed: ["視頻", "錄影"] }), // 3
  term(["artificial intelligence", "AI"], "人工智能", "人工智慧", { hantAllowed: ["人工智能"] }), // 4
  term(["network"], "网络", "網路", { hantAllowed: ["網絡"] }), // 5
  term(["internet"], "互联网", "網際網路", { hantAllowed: ["互聯網", "網路"], hansForbidden: ["因特网", "因特網"], hantForbidden: ["因特网", "因特網"] }), // 6
  term(["nurse"], "护士", "護理師", { hantAllowed: ["護士"] }), // 7
];

/** A row at `position` holding one paragraph per language given, each at paragraph position `position`. */
export function row(position: number, texts: { en?: string; "zh-Hans"?: string; "zh-Hant"?: string }): CheckRow {
  const paragraph = (text: string | undefined) => (text === undefined ? [] : [{ position, text }]);
  return {
    position,
    anchor: position + 1,
    confidence: 0.95,
    reasons: [],
    paragraphs: { en: paragraph(texts.en), "zh-Hans": paragraph(texts["zh-Hans"]), "zh-Hant": paragraph(texts["zh-Hant"]) },
  };
}
