# Builds the API and the web app, then runs them as one process (the API serves the web app).
FROM node:20-bookworm-slim AS build
WORKDIR /workspace
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p api web

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /workspace/dist/apps/api/package.json /workspace/dist/apps/api/package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund
COPY --from=build /workspace/dist/apps/api ./
COPY --from=build /workspace/dist/apps/web ./web
ENV WEB_DIST_DIR=/app/web/browser PORT=3000
USER node
EXPOSE 3000
CMD ["node", "main.js"]
