import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CampaignApp } from '../../components/campaign/CampaignApp';
import { QueryProvider } from '../../components/providers/QueryProvider';
import './style.css';

const root = document.getElementById('root');
if (!root) throw new Error('campaign.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryProvider>
      <CampaignApp />
    </QueryProvider>
  </StrictMode>,
);
