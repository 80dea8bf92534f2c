import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // A new build takes over at once: labs reload between classes, not mid-task,
      // and stale code must not score against a newer scenario.
      registerType: 'autoUpdate',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: '客户关系管理实训模拟平台 CRM Classroom Simulator',
        short_name: 'CRM实训',
        description: 'CRM classroom simulator for vocational colleges and universities',
        lang: 'zh-CN',
        theme_color: '#1f4e79',
        background_color: '#f5f7fa',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // Scenario files are emitted as hashed JSON assets; precaching them is what
        // lets the scenario library open with no network at all.
        globPatterns: ['**/*.{js,css,html,json,svg,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Take control of the open page at once, so the very first visit already works offline.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  build: {
    // Keep scenario files as separate assets (fetched and validated at run time) even when small.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
    chunkSizeWarningLimit: 700,
  },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  server: { port: 5173, host: '127.0.0.1' },
});
