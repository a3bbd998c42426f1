import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryProvider } from '../../components/providers/QueryProvider';
import { SidebarApp } from '../../components/sidebar/SidebarApp';
import './style.css';

const root = document.getElementById('root');
if (!root) throw new Error('sidepanel.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryProvider>
      <SidebarApp />
    </QueryProvider>
  </StrictMode>,
);
