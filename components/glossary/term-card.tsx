import type { ReactNode } from "react";
import { noteForLanguage, type StoredTerm } from "@/core/glossary";
import type { Translate, UiLocale } from "@/i18n/settings";

/**
 * One concept as readers see it: its English forms, then per script the rendering to use,
 * the acceptable ones and the forbidden ones, and its note in the
 * reader's UI language (the English note, marked, where that language has none).
 * `actions` and `history` are the editor's controls, absent for readers.
 */
export function TermCard({ term, locale, t, actions, history }: { term: StoredTerm; locale: UiLocale; t: Translate; actions?: ReactNode; history?: ReactNode }) {
  const note = noteForLanguage(term, locale);
  const [headword, ...otherForms] = term.english;
  const list = (values: string[], lang: string) =>
    values.length === 0 ? (
      <span className="term-none">{t("editor:glossary.none")}</span>
    ) : (
      values.map((value) => (
        <span key={value} className="rendering" lang={lang}>
          {value}
        </span>
      ))
    );
  return (
    <li className="term-card" id={`term-${term.id}`}>
      <div className="term-head">
        <h2 lang="en">
          {headword}
          {otherForms.length > 0 && <span className="term-forms"> · {otherForms.join(" · ")}</span>}
        </h2>
        <span className="term-version">{t("editor:glossary.version", { version: term.version })}</span>
      </div>
      <table className="term-renderings">
        <thead>
          <tr>
            <td />
            <th scope="col">{t("editor:glossary.preferred")}</th>
            <th scope="col">{t("editor:glossary.allowed")}</th>
            <th scope="col">{t("editor:glossary.forbidden")}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t("editor:glossary.simplified")}</th>
            <td>
              <strong className="rendering" lang="zh-Hans">
                {term.hansPreferred}
              </strong>
            </td>
            <td>{list(term.hansAllowed, "zh-Hans")}</td>
            <td className="term-forbidden">{list(term.hansForbidden, "zh-Hans")}</td>
          </tr>
          <tr>
            <th scope="row">{t("editor:glossary.traditional")}</th>
            <td>
              <strong className="rendering" lang="zh-Hant">
                {term.hantPreferred}
              </strong>
            </td>
            <td>{list(term.hantAllowed, "zh-Hant")}</td>
            <td className="term-forbidden">{list(term.hantForbidden, "zh-Hant")}</td>
          </tr>
        </tbody>
      </table>
      {note && (
        <p className="term-note">
          <span className="term-label">{t("editor:glossary.note")}</span>{" "}
          <span lang={note.language}>{note.text}</span>
          {note.fallback && <span className="note-fallback"> {t("editor:glossary.noteInEnglish")}</span>}
        </p>
      )}
      {term.source && (
        <p className="term-source">
          <span className="term-label">{t("editor:glossary.source")}</span> {shownSource(term.source)}
        </p>
      )}
      {actions}
      {history}
    </li>
  );
}

/**
 * A source as readers see it. A glossary loaded from a file records the file's path on the
 * server (`/srv/…/glossary.csv`): readers get its name, not the server's folders.
 */
function shownSource(source: string): string {
  return /^(\/|[A-Za-z]:\\)/.test(source) ? (source.split(/[\\/]/).pop() ?? source) : source;
}
