// Loads a compiled MDX module on demand and renders it with the lesson components.
import { useEffect, useState } from 'react';
import { MDXProvider } from '@mdx-js/react';
import { LessonFolderContext, lessonComponents } from './components.js';
import type { MdxModule } from './registry.js';
import { useScrollToHash } from './scroll-to-hash.js';

type MdxComponent = MdxModule['default'];

export function MdxContent({ load, folder }: { load: () => Promise<MdxModule>; folder: string }) {
  const [state, setState] = useState<{
    load: typeof load;
    Component: MdxComponent | null;
    error: Error | null;
  }>({ load, Component: null, error: null });
  useEffect(() => {
    let live = true;
    load().then(
      (module) => live && setState({ load, Component: module.default, error: null }),
      (error: unknown) =>
        live &&
        setState({
          load,
          Component: null,
          error: error instanceof Error ? error : new Error(String(error)),
        }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  const current = state.load === load ? state : { Component: null, error: null };
  useScrollToHash(current.Component !== null);
  if (current.error)
    return (
      <p role="alert">This page failed to load ({current.error.message}). Reload to try again.</p>
    );
  if (!current.Component)
    return (
      <p className="muted" role="status">
        Loading…
      </p>
    );
  const { Component } = current;
  return (
    <LessonFolderContext.Provider value={folder}>
      <MDXProvider components={lessonComponents}>
        <Component />
      </MDXProvider>
    </LessonFolderContext.Provider>
  );
}
