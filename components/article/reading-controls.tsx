"use client";

import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { DEFAULT_VIEW, isReadingView, layoutOf, READING_VIEWS, type ReadingView } from "./reading-modes";
import { DIFFERENCE_CLASSES, type DifferenceClass } from "@/core/script-diff";
import { HIDDEN_CLASSES_STORAGE_KEY, VIEW_STORAGE_KEY } from "./view-script";

/**
 * The reading mode picker, the difference legend with a toggle and a count per class (only
 * where the article has both Chinese versions; the stylesheet hides it in the modes that show
 * one of them, see reading-modes), and the swatch of glossary terms.
 * State lives on <html> (data-view, data-hide), where the stylesheet reads it, in the URL
 * (?view=) and in localStorage, so the choice is shareable and remembered.
 */
export function ReadingControls({ counts, chineseBoth }: { counts: Record<DifferenceClass, number>; chineseBoth: boolean }) {
  const { t } = useTranslation(["article", "common"]);
  const [view, setView] = useState<ReadingView>(DEFAULT_VIEW);
  const [hidden, setHidden] = useState<DifferenceClass[]>([]);

  useEffect(() => {
    const root = document.documentElement;
    const current = root.getAttribute("data-view");
    if (isReadingView(current)) {
      setView(current);
      writeViewToUrl(current);
    }
    setHidden((root.getAttribute("data-hide") ?? "").split(" ").filter((c): c is DifferenceClass => (DIFFERENCE_CLASSES as readonly string[]).includes(c)));
  }, []);

  const chooseView = (next: ReadingView) => {
    setView(next);
    document.documentElement.setAttribute("data-view", next);
    remember(VIEW_STORAGE_KEY, next);
    writeViewToUrl(next);
  };

  const toggle = (difference: DifferenceClass) => {
    const next = hidden.includes(difference) ? hidden.filter((c) => c !== difference) : [...hidden, difference];
    setHidden(next);
    document.documentElement.setAttribute("data-hide", next.join(" "));
    remember(HIDDEN_CLASSES_STORAGE_KEY, next.join(" "));
  };

  const viewName = (candidate: ReadingView): string => {
    if (candidate === "three") return t("views.three");
    const { layout, languages } = layoutOf(candidate);
    const names = languages.map((language) => t(`common:languageNames.${language}`));
    return layout === "interleaved" ? t("views.interleaved", { chinese: names[1] ?? "" }) : names.join(" | ");
  };

  return (
    <div className="reading-controls">
      <label className="view-picker">
        <span>{t("views.label")}</span>
        <select value={view} onChange={(event) => isReadingView(event.target.value) && chooseView(event.target.value)}>
          {READING_VIEWS.map((candidate) => (
            <option key={candidate} value={candidate}>
              {viewName(candidate)}
            </option>
          ))}
        </select>
      </label>
      {chineseBoth && (
        <fieldset className="legend">
          <legend>{t("differences.heading")}</legend>
          {DIFFERENCE_CLASSES.map((difference) => (
            <label key={difference} className="legend-item" title={t(`classHints.${difference}`)}>
              <input type="checkbox" checked={!hidden.includes(difference)} onChange={() => toggle(difference)} data-toggle={difference} />
              <mark id={`class-${difference}`} className={`diff diff-${difference} legend-swatch`}>
                {t(`classes.${difference}`)}
              </mark>
              <span className="legend-count">{counts[difference]}</span>
            </label>
          ))}
        </fieldset>
      )}
      <span className="legend-term">
        <span className="term term-c0 legend-swatch">{t("legend.term")}</span>
      </span>
      <p className="keyboard-hint" id="keyboard-hint">{t("keyboardHint")}</p>
    </div>
  );
}

function writeViewToUrl(view: ReadingView): void {
  const url = new URL(window.location.href);
  if (url.searchParams.get("view") === view) return;
  url.searchParams.set("view", view);
  window.history.replaceState(window.history.state, "", url);
}

function remember(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Private browsing may refuse storage: the URL still carries the view.
  }
}
