// Builds the web app (src/web) and compiles the MDX lessons under content/ into it.
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkGfm from 'remark-gfm';
import { splitFrontmatter } from './src/curriculum/frontmatter.js';
import { rehypeHeadingIds } from './src/learning/search/heading-ids.js';

/**
 * Lessons and week notes start with YAML frontmatter, which MDX would render as text. The page
 * gets that metadata from the API, so here it is blanked out — keeping line numbers, so MDX
 * syntax errors still point at the right line of the file.
 */
// The content compiled into the app: the package's content/ unless STAFFLAB_CONTENT_DIR names
// another folder (the browser tests build a fixture lesson this way).
const contentDir = resolve(process.env.STAFFLAB_CONTENT_DIR ?? 'content');
const outDir = resolve(process.env.STAFFLAB_WEB_OUT_DIR ?? 'dist/web');

function stripFrontmatter(): Plugin {
  return {
    name: 'stafflab-strip-frontmatter',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!file.startsWith(contentDir) || !/\.mdx?$/.test(file)) return null;
      const split = splitFrontmatter(code);
      if (split.yaml === null) return null;
      return { code: '\n'.repeat(split.bodyStartLine - 1) + split.body, map: null };
    },
  };
}

export default defineConfig({
  root: 'src/web',
  resolve: { alias: { '@content': contentDir } },
  publicDir: false,
  plugins: [
    stripFrontmatter(),
    {
      enforce: 'pre',
      ...mdx({
        providerImportSource: '@mdx-js/react',
        remarkPlugins: [remarkGfm],
        // Heading ids, the anchors search results link to (src/learning/search/sections.ts).
        rehypePlugins: [rehypeHeadingIds],
      }),
    },
    react({ include: /\.(mdx|md|js|jsx|ts|tsx)$/ }),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 800,
  },
  server: {
    port: 5173,
    // Keep the browser's Host header: the server's CSRF defence compares it with Origin.
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
    fs: { allow: ['../..', contentDir] },
  },
});
