# syntax=docker/dockerfile:1
# ---- build: full dependencies, build the web app and compile the server ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
# The web app is an npm workspace: its package.json must be there for the install.
COPY package.json package-lock.json ./
COPY web/package.json ./web/
RUN npm install --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY src ./src
COPY migrations ./migrations
COPY web ./web
RUN npm run build && npm prune --omit=dev

# ---- runtime: compiled output and production dependencies only, as a non-root user ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 EVIDENCE_DIR=/data/evidence EXPORT_DIR=/data/exports AUDIT_ANCHOR_DIR=/anchors
WORKDIR /app
# chromium: Debian's package, the browser server captures run in (CAPTURE_BROWSER); fonts so
# captured pages render their text. Playwright never downloads a browser.
ENV CAPTURE_BROWSER=/usr/bin/chromium
RUN apt-get update && apt-get install -y --no-install-recommends tini curl chromium fonts-liberation fonts-noto-core \
  && rm -rf /var/lib/apt/lists/* \
  && mkdir -p /data/evidence /data/exports /anchors && chown -R node:node /data /anchors
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
# The built UI, served at / (WEB_DIST_DIR defaults to web/dist under /app).
COPY --from=build --chown=node:node /app/web/dist ./web/dist
USER node
EXPOSE 3000
VOLUME ["/data", "/anchors"]
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=5 \
  CMD curl -fsS http://127.0.0.1:3000/health/ready || exit 1
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/src/main.js"]
