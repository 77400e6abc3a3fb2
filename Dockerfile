# One image for the API and the projector (docker-compose.yml picks the command).
FROM node:20-bookworm
# The Debian packages come from the one list scripts/setup.sh also installs from (Redis runs in its own container).
COPY scripts/system-packages.txt /tmp/system-packages.txt
RUN apt-get update \
    && apt-get install -y --no-install-recommends wget curl \
       $(awk '!/^#/ && NF && $1 != "redis-server" { print $1 }' /tmp/system-packages.txt) \
    && rm -rf /var/lib/apt/lists/* /tmp/system-packages.txt
WORKDIR /app
# .npmrc is not copied: it points node-gyp at this workplace's local Node headers.
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
# typescript is a run-time dependency (the sandbox runs candidates' TypeScript with it): the prune keeps it.
RUN npm run build && npm prune --omit=dev
ENV NODE_ENV=production PORT=8000 DATA_DIR=/data
# The young generation's semi-spaces up to 64 MiB (npm start and npm run projector pass the same flag): projecting
# allocates short-lived documents fast, and with V8's default a rebuild spends a large share of its time in scavenges.
ENV NODE_OPTIONS=--max-semi-space-size=64
EXPOSE 8000
CMD ["node", "dist/apps/api/src/main.js"]
