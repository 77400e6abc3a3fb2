# One image for the API and the projector (docker-compose.yml picks the command).
FROM node:20-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends \
      bubblewrap util-linux time python3 python3-pyflakes python3-pycodestyle g++ gcc openjdk-17-jdk-headless \
      espeak-ng sox pocketsphinx pocketsphinx-en-us poppler-utils unzip wget curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# .npmrc is not copied: it points node-gyp at this workplace's local Node headers.
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev
ENV NODE_ENV=production PORT=8000 DATA_DIR=/data
EXPOSE 8000
CMD ["node", "dist/apps/api/src/main.js"]
