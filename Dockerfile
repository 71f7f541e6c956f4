# tlstest container image. Multi-stage: TypeScript is compiled in the first stage; the runtime stage has only the
# production dependencies, the compiled server, the public assets and openssl (used once to make the built-in
# development certificate when no real one is mounted). Runs as the unprivileged user `node`.
#
#   docker build -t tlstest .
#   docker compose up -d            (see docker-compose.yml)

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY server ./server
RUN npm run build

FROM node:20-bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends openssl \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    HTTP_PORT=80 \
    HTTPS_PORT=443 \
    ADMIN_PORT=9090 \
    CERTS_DIR=/app/certs
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY public ./public
# Only the development certificate folder is writable (unused when TLS_CERT_FILE/TLS_KEY_FILE are mounted).
RUN mkdir -p /app/certs && chown node:node /app/certs && chmod 700 /app/certs
USER node
# Ports 80 and 443 as a non-root user: the container needs net.ipv4.ip_unprivileged_port_start=0 (set in
# docker-compose.yml; Docker 20.10+ sets it by default), or set HTTP_PORT/HTTPS_PORT above 1023 and
# PUBLIC_HTTPS_PORT=443 behind a port mapping.
EXPOSE 80 443 9090
# No curl in the slim image: node itself asks the plain-HTTP listener for /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "require('http').get({host:'127.0.0.1',port:process.env.HTTP_PORT||80,path:'/healthz',timeout:4000},r=>process.exit(r.statusCode===200?0:1)).on('error',()=>process.exit(1)).on('timeout',()=>process.exit(1))"]
STOPSIGNAL SIGTERM
# A small young generation (2 MB semi-spaces instead of up to 16 MB): about 30 MB less memory per process under
# load; an old generation capped at 1 GB (far above what the server's bounded caches and connections need), which
# makes V8 collect before garbage piles up (some 15 MB less when idle); one V8 background thread instead of four
# (each thread's malloc arena stays resident): some 6 MB less. No measurable CPU cost (README, Performance).
# Cluster workers inherit the options.
CMD ["node", "--max-semi-space-size=2", "--max-old-space-size=1024", "--v8-pool-size=1", "dist/server/index.js"]
