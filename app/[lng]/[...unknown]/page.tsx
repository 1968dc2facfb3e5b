import { notFound } from "next/navigation";

/**
 * Any path under a UI language that no route serves (`/zh-Hant/fr`, where the proxy sends
 * `/fr`): the localised not-found page inside the site's layout, not Next's bare English one.
 */
export default function UnknownPage() {
  notFound();
}
