#!/bin/sh
# Stand-in for Prisma's native schema-engine binary, which cannot be downloaded offline.
# `prisma generate` only checks that this path exists and never runs it; every migration
# goes through `npm run db:migrate` (the WebAssembly schema engine) instead.
echo "Prisma's native schema engine is not available offline: use 'npm run db:migrate' or 'npm run db:status'." >&2
exit 1
