import { NextResponse, type NextRequest } from "next/server";
import { i18nRouter } from "next-i18n-router";
import { isValidSlug } from "@/core/permalinks";
import { DEFAULT_LOCALE, isUiLocale, UI_LOCALES } from "@/i18n/settings";
import { parsePageNumber } from "@/core/pagination";
import { latestRevisionNumber } from "@/server/latest-revision";
import { flagsStamp } from "@/server/flags-stamp";
import { libraryStamp } from "@/server/library-stamp";
import { recallPage, rememberPage } from "@/server/page-memory";

const ARTICLE = /^\/([^/]+)\/articles\/([^/]+)(?:\/r\/([1-9][0-9]{0,8}))?\/?$/;
const LIBRARY = /^\/([^/]+)\/?$/;
/** Marks the proxy's own request for a page it is about to remember, so it is not intercepted. */
const FILL_HEADER = "x-parallax-page-fill";

/**
 * 1. Article pages. `/{lng}/articles/{slug}` (the latest revision) is the page of
 *    `/{lng}/articles/{slug}/r/{n}`, served without changing the URL. A revision's text never
 *    changes, but its flags' reviews and the glossary do: its page is rendered once per flags
 *    stamp (server/flags-stamp) and its bytes are then served from memory
 *    (server/page-memory): no row is aligned, diffed or rendered per request.
 * 2. The library, `/{lng}?page=N`: its pages are rendered once per library stamp (which
 *    changes when an import adds or changes an article, server/library-stamp) and their bytes
 *    served from the same memory.
 * 3. A path without a locale (e.g. `/`) goes to the reader's language: the NEXT_LOCALE cookie
 *    set by the language switcher, else the best match for Accept-Language (zh-TW and zh-HK
 *    go to zh-Hant, zh-CN and plain zh to zh-Hans), else English. An unknown locale is no
 *    locale: `/fr` goes to `/en/fr`, which the localised not-found page answers.
 */
export async function proxy(request: NextRequest) {
  const article = ARTICLE.exec(request.nextUrl.pathname);
  if (article && isUiLocale(article[1] ?? "")) return articlePage(request, article);
  const library = LIBRARY.exec(request.nextUrl.pathname);
  if (library && isUiLocale(library[1] ?? "")) return libraryPage(request, library[1] ?? "");
  return localeRouter(request);
}

function localeRouter(request: NextRequest) {
  return i18nRouter(request, { locales: [...UI_LOCALES], defaultLocale: DEFAULT_LOCALE, prefixDefault: true });
}

/** The locale router's cookie, which remembers the reader's language (a year, as it sets it). */
const LOCALE_COOKIE = "NEXT_LOCALE";
const LOCALE_COOKIE_MAX_AGE = 31_536_000;

/** Fills of a library page under way, so that 50 readers arriving at once cause one render. */
const fillsUnderWay = new Map<string, Promise<{ body: ArrayBuffer; contentType: string } | null>>();

async function libraryPage(request: NextRequest, locale: string) {
  const asked = request.nextUrl.searchParams.getAll("page");
  const page = parsePageNumber(asked.length > 1 ? asked : asked[0]);
  const wantsHtml = !request.headers.has("rsc") && request.method === "GET";
  // A malformed page number is the page's own 404; RSC navigations and fills go to Next.
  if (page === null || !wantsHtml || request.headers.has(FILL_HEADER)) return localeRouter(request);
  const pagePath = page === 1 ? `/${locale}` : `/${locale}?page=${page}`;
  const key = `${pagePath}@${await libraryStamp()}`;
  const remembered = recallPage(key);
  const source = remembered ? "memory" : "rendered";
  let served: { body: ArrayBuffer; contentType: string } | null = remembered;
  if (!served) {
    let fill = fillsUnderWay.get(key);
    if (!fill) {
      fill = fillLibraryPage(request, pagePath, key).finally(() => fillsUnderWay.delete(key));
      fillsUnderWay.set(key, fill);
    }
    served = await fill;
    if (!served) return localeRouter(request);
  }
  const response = new NextResponse(served.body, { headers: { "content-type": served.contentType, "x-parallax-page": source } });
  // What the locale router would do on this path: remember the page's language as the
  // reader's. Set here rather than by running the router, which copies every request header
  // into a response this one replaces: the library is the busiest page.
  if (request.cookies.get(LOCALE_COOKIE)?.value !== locale) {
    response.cookies.set(LOCALE_COOKIE, locale, { sameSite: "lax", maxAge: LOCALE_COOKIE_MAX_AGE });
  }
  return response;
}

async function fillLibraryPage(request: NextRequest, pagePath: string, key: string) {
  const rendered = await renderOnce(request, pagePath);
  if (!rendered?.ok) return null;
  const body = await rendered.arrayBuffer();
  const contentType = rendered.headers.get("content-type") ?? "text/html; charset=utf-8";
  rememberPage(key, body, contentType);
  return { body, contentType };
}

async function articlePage(request: NextRequest, [, locale = "", slug = "", pinned]: RegExpExecArray) {
  if (!isUiLocale(locale) || !isValidSlug(slug)) return NextResponse.next();
  const revision = pinned ? Number(pinned) : await latestRevisionNumber(slug);
  if (revision === null) return NextResponse.next();
  const pagePath = `/${locale}/articles/${slug}/r/${revision}`;
  // Navigations inside the app ask for RSC data, not HTML: leave those to Next.
  const wantsHtml = !request.headers.has("rsc") && request.method === "GET";
  if (!wantsHtml || request.headers.has(FILL_HEADER)) return routeTo(request, pagePath);

  const key = `${pagePath}@${await flagsStamp()}`;
  const remembered = recallPage(key);
  if (remembered) return new NextResponse(remembered.body, { headers: { "content-type": remembered.contentType, "x-parallax-page": "memory" } });
  const rendered = await renderOnce(request, pagePath);
  if (!rendered?.ok) return routeTo(request, pagePath);
  const body = await rendered.arrayBuffer();
  const contentType = rendered.headers.get("content-type") ?? "text/html; charset=utf-8";
  rememberPage(key, body, contentType);
  return new NextResponse(body, { headers: { "content-type": contentType, "x-parallax-page": "rendered" } });
}

/**
 * Asks this same server for the page (Next renders it, or answers from its cache). It goes
 * to the server's own loopback address, not to the Host the reader used, which may be a
 * load balancer; PARALLAX_INTERNAL_ORIGIN overrides it where the server listens elsewhere.
 */
async function renderOnce(request: NextRequest, pagePath: string): Promise<Response | null> {
  const origin = process.env.PARALLAX_INTERNAL_ORIGIN || `http://127.0.0.1:${process.env.PORT || request.nextUrl.port || "3000"}`;
  try {
    return await fetch(new URL(pagePath, origin), { headers: { [FILL_HEADER]: "1" } });
  } catch {
    return null;
  }
}

/** Lets Next render `pathname`: as it is when it was asked for, else by an internal rewrite. */
function routeTo(request: NextRequest, pathname: string) {
  if (request.nextUrl.pathname.replace(/\/$/, "") === pathname) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  return NextResponse.rewrite(url);
}

export const config = { matcher: "/((?!api|_next|.*\\..*).*)" };
