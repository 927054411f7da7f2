import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Defines every element of the package.
import 'topic-hub-elements';
// The elements' JSX types, written once per app.
import type {} from 'topic-hub-elements/types/react';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
