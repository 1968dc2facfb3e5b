import type { Metadata } from "next";
import { SignInForm } from "@/components/editor/sign-in-form";
import { getTranslation } from "@/i18n/server";
import { currentEditor, isEditingEnabled } from "@/server/editor-auth";
import { parseLocale } from "@/server/params";
import "../glossary/glossary.css";

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<{ next?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getTranslation(parseLocale((await params).lng));
  return { title: t("editor:signIn.title") };
}

/** Sign in to edit: a name and the editors' secret. `?next=` (a path of this site) is where to go afterwards. */
export default async function SignInPage({ params, searchParams }: Props) {
  const locale = parseLocale((await params).lng);
  const asked = (await searchParams).next;
  // Only a path on this site: never an address elsewhere (an open redirect).
  const next = typeof asked === "string" && /^\/(?![/\\])/.test(asked) ? asked : `/${locale}/glossary`;
  const [{ t }, editor] = await Promise.all([getTranslation(locale), currentEditor()]);
  return (
    <section className="sign-in">
      <h1>{t("editor:signIn.title")}</h1>
      {editor ? (
        <p>
          {t("editor:signIn.signedIn", { name: editor.editor.name })} <a href={next}>{t("editor:signIn.continue")}</a>
        </p>
      ) : !isEditingEnabled() ? (
        <p className="form-error" role="alert">
          {t("editor:signIn.errors.editing-off")}
        </p>
      ) : (
        <>
          <p>{t("editor:signIn.intro")}</p>
          <noscript>
            <p className="form-error">{t("editor:signIn.noScript")}</p>
          </noscript>
          <SignInForm next={next} />
        </>
      )}
    </section>
  );
}
