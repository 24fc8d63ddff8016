# The Kloudless emulator as a container, e.g. a CI service container (docs/emulator.md):
#   docker build -t kloudless-emulator .
#   docker run --rm -p 8002:8002 kloudless-emulator
#   docker run --rm -p 8002:8002 -v "$PWD/seed.json:/seed.json:ro" kloudless-emulator --port 8002 --seed /seed.json --json
# Arguments after the image name replace CMD; the entrypoint always listens on 0.0.0.0, so the
# port published with -p is reachable from outside the container.

# Build stage: the CLI bundled by tsup into one file (the emulator, its copy of the spec and the
# package version inside; no runtime dependency), from the locked dev dependencies.
FROM node:20.19.5-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY generated ./generated
COPY src ./src
RUN npx tsup src/emulator/cli.ts --no-config --format esm --platform node --target node20 --out-dir dist/emulator

# Run stage: Node and the bundle only (package.json for "type": "module"), as the unprivileged
# `node` user of the base image.
FROM node:20.19.5-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/dist/emulator/cli.js ./dist/emulator/cli.js
USER node
EXPOSE 8002
# Any credential-free route answers once the emulator is ready; public services is one.
HEALTHCHECK --interval=5s --timeout=3s --start-period=5s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8002/v1/public/services').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "dist/emulator/cli.js", "--host", "0.0.0.0"]
CMD ["--port", "8002"]
