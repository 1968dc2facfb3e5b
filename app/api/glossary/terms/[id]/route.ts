import { deleteTermRoute, updateTermRoute } from "@/server/glossary-writes";

type Context = { params: Promise<{ id: string }> };

/** PUT `{ version, …term }` to change a term, DELETE `?version=n` to delete it (an editor's session and CSRF token). */
export async function PUT(request: Request, { params }: Context) {
  return updateTermRoute(request, (await params).id);
}

export async function DELETE(request: Request, { params }: Context) {
  return deleteTermRoute(request, (await params).id);
}
