# syntax=docker/dockerfile:1
# casebot: multi-stage image. Build with dev dependencies, run with production ones only,
# as the unprivileged `node` user. Node 24 is the current Active LTS line.
ARG NODE_IMAGE=node:24-bookworm-slim

# ── 1. production dependencies ─────────────────────────────────────────────────────────────
# better-sqlite3 is native: npm fetches a prebuilt binary, and falls back to compiling it,
# which needs python3, make and g++ — present in this stage only.
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# ── 2. build: every dependency, compile TypeScript to dist/ ────────────────────────────────
FROM prod-deps AS build
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY core ./core
COPY adapters ./adapters
COPY bot ./bot
RUN npm run build

# ── 3. runtime ─────────────────────────────────────────────────────────────────────────────
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    DATA_DIR=/app/data
WORKDIR /app
COPY --chown=node:node package.json package-lock.json ./
COPY --chown=node:node --from=prod-deps /app/node_modules ./node_modules
COPY --chown=node:node --from=build /app/dist ./dist
# Read at run time: the knowledge base, and the console page (served from source, not compiled).
COPY --chown=node:node knowledge ./knowledge
COPY --chown=node:node adapters/console/page ./adapters/console/page
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
# No curl in the slim image: Node's own fetch checks liveness. The start period covers loading
# and validating the knowledge base.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/bot/cli/main.js", "serve"]
