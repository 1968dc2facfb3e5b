import { DEFAULT_VIEW, READING_VIEWS, readingViewStylesheet } from "./reading-modes";

export const VIEW_STORAGE_KEY = "parallax:view";
export const HIDDEN_CLASSES_STORAGE_KEY = "parallax:hidden-classes";

/**
 * Applies the reader's mode before the rows are painted (no flash of the wrong layout):
 * `?view=` wins and is remembered; otherwise the remembered mode; otherwise three columns.
 * The script is our own constant code; the only inputs it reads are checked against
 * READING_VIEWS. Also carries the generated stylesheet for the modes.
 */
export function ViewScript() {
  const script = `(function(){var views=${JSON.stringify(READING_VIEWS)},d=document.documentElement,v=new URLSearchParams(location.search).get("view"),h=null;
try{if(views.indexOf(v)>=0){localStorage.setItem(${JSON.stringify(VIEW_STORAGE_KEY)},v)}else{v=localStorage.getItem(${JSON.stringify(VIEW_STORAGE_KEY)})}h=localStorage.getItem(${JSON.stringify(HIDDEN_CLASSES_STORAGE_KEY)})}catch(e){}
d.setAttribute("data-view",views.indexOf(v)>=0?v:${JSON.stringify(DEFAULT_VIEW)});if(h&&/^[a-z -]*$/.test(h))d.setAttribute("data-hide",h);})();`;
  return (
    <>
      <style>{readingViewStylesheet()}</style>
      <script dangerouslySetInnerHTML={{ __html: script }} />
    </>
  );
}
