/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';

// `vite build` produces the app Tauri ships (ui/dist, entry index.html).
// `vite build --mode mock` produces a browser preview (ui/dist-mock, entry mock.html)
// that runs against an in-memory stand-in backend; it is never part of ui/dist.
export default defineConfig(({ mode }) => {
  const mock = mode === 'mock';
  return {
    plugins: [svelte()],
    base: './',
    clearScreen: false,
    server: {
      port: 5173,
      strictPort: true,
      watch: { ignored: ['**/src-tauri/**', '**/target/**'] },
    },
    envPrefix: ['VITE_', 'TAURI_ENV_'],
    build: {
      outDir: mock ? 'dist-mock' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      rollupOptions: {
        input: resolve(import.meta.dirname, mock ? 'mock.html' : 'index.html'),
      },
    },
    test: {
      include: ['src/**/*.test.ts'],
      environment: 'node',
    },
  };
});
