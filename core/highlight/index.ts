/** Laying marks over text: annotated runs, and a paragraph's runs split by sentences and points. */
export { annotateText, type AnnotatedRun, type Annotation } from "./annotate";
export { layoutParagraph, type LayoutPiece, type LayoutSegment, type PointAnnotation } from "./paragraph-layout";
