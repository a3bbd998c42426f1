import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/options/OptionsApp';
import { QueryProvider } from '../../components/providers/QueryProvider';
import './style.css';

const root = document.getElementById('root');
if (!root) throw new Error('options.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryProvider>
      <OptionsApp />
    </QueryProvider>
  </StrictMode>,
);
