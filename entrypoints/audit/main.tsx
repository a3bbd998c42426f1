import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AuditApp } from '../../components/audit/AuditApp';
import { QueryProvider } from '../../components/providers/QueryProvider';
import './style.css';

const root = document.getElementById('root');
if (!root) throw new Error('audit.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryProvider>
      <AuditApp />
    </QueryProvider>
  </StrictMode>,
);
