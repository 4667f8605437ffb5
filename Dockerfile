# career-bot: the chat bot service (`node dist/main.js`) in a container.
#
#   docker build -t career-bot .
#   docker run -d --name career-bot --init --env-file .env -p 127.0.0.1:3000:3000 \
#     -v career-bot-data:/var/lib/career-bot career-bot
#
# Two stages: the build stage has the compilers that better-sqlite3 and hnswlib-node need
# (they build from source with node-gyp) and the devDependencies that `tsc` needs; the runtime stage
# gets only the compiled code, production node_modules and the files read at run time.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build

RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# Native addons are compiled here, without network: node-gyp uses the headers the official image
# ships in /usr/local/include/node instead of downloading a headers tarball from nodejs.org, and
# better-sqlite3's prebuild-install skips its download of a prebuilt binary from GitHub.
ENV npm_config_nodedir=/usr/local \
    npm_config_build_from_source=true

# Dependencies first, so this layer (and the native compile) is reused while only src/ changes.
# --ignore-scripts skips the root `prepare` script (the build), which cannot run yet without src/;
# `npm rebuild` then runs the dependencies' own install scripts, which compile the native addons.
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund \
 && npm rebuild --foreground-scripts

# The build (what `prepare` runs), then drop devDependencies and the compilers' leftovers.
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 && find node_modules -path '*/build/Release/*' -prune ! -name '*.node' -exec rm -rf {} + \
 && rm -rf node_modules/better-sqlite3/deps

# ---------------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime

ENV NODE_ENV=production \
    PORT=3000 \
    CAREER_BOT_DATA_DIR=/var/lib/career-bot \
    CAREER_BOT_CACHE_DIR=/var/cache/career-bot

WORKDIR /app

# What the service reads at run time, and nothing else:
# - package.json: "type": "module" makes node load dist/*.js as ES modules;
# - dist/ and production node_modules/ (with the compiled .node addons);
# - knowledge/ (default CAREER_BOT_KNOWLEDGE_DIR) and prompts/ (LLM mode);
# - the fitted models' weights (src/scope/*.json, src/ranking/*.json): not compiled into dist/; the
#   code reads them from src/ beside dist/.
# Owned by root and read-only to the service user.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY knowledge ./knowledge
COPY prompts ./prompts
COPY src/scope/scope-model.json src/scope/scope-wording-model.json src/scope/social-model.json src/scope/background-ask-model.json src/scope/follow-up-model.json src/scope/gist-model.json ./src/scope/
COPY src/ranking/background-ranker.json src/ranking/role-classifier.json ./src/ranking/

# The SQLite store (questions, feedback, seen delivery ids, follow-up context) lives in the volume;
# the search-index cache is safe to lose and stays in the container. Both belong to the image's
# `node` user (uid/gid 1000), which the service runs as. The directories are made before VOLUME so a
# new named volume starts out owned by that user.
RUN mkdir -p /var/lib/career-bot /var/cache/career-bot \
 && chown node:node /var/lib/career-bot /var/cache/career-bot
VOLUME ["/var/lib/career-bot"]

# Numeric, so that Kubernetes' runAsNonRoot can check it.
USER 1000:1000

EXPOSE 3000

# /healthz answers while the process is alive (readiness is /readyz, for orchestrators that probe it).
# Slim images have no curl; node's global fetch does the request (on 127.0.0.1: if HOST is set to
# one other address, change the URL).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# SIGTERM lets answers in flight finish (up to CAREER_BOT_SHUTDOWN_TIMEOUT_MS, default 10 s), then
# the process exits 0. node is started directly (not via `npm start`), so the signal goes to node.
# As PID 1 node ignores a SIGTERM that comes before its handler is installed; `docker run --init`
# (compose: init: true) puts a small init in front that forwards it.
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]
