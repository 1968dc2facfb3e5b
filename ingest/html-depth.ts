import { parse } from "parse5";
import { InputError } from "../core/errors";
import { IMPORT_LIMITS } from "../core/import-limits";

interface TreeNode {
  childNodes?: TreeNode[];
  /** A `<template>`'s content fragment, which is not among its childNodes. */
  content?: TreeNode;
}

/**
 * How deeply the elements of an HTML page nest, measured on parse5's tree (the parser
 * jsdom uses), without recursion: parse5 builds the tree from a stack of open elements,
 * while jsdom, cloning and Readability walk it recursively, so a page of 20,000 nested
 * `<div>`s overflowed the call stack before any of our code ran.
 */
export function htmlNestingDepth(html: string): number {
  const pending: [TreeNode, number][] = [[parse(html) as TreeNode, 0]];
  let deepest = 0;
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, depth] = next;
    if (depth > deepest) deepest = depth;
    for (const child of node.childNodes ?? []) pending.push([child, depth + 1]);
    if (node.content !== undefined) pending.push([node.content, depth + 1]);
  }
  return deepest;
}

/** @throws InputError(where, …) when the page nests deeper than IMPORT_LIMITS.maxHtmlDepth. */
export function assertHtmlDepthWithinLimit(html: string, where: string): void {
  const depth = htmlNestingDepth(html);
  if (depth > IMPORT_LIMITS.maxHtmlDepth) {
    throw new InputError(
      where,
      `HTML elements nest ${depth} deep; the limit is ${IMPORT_LIMITS.maxHtmlDepth} (README, "Limits")`,
    );
  }
}
