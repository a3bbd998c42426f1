import type { Site } from '../../lib/model/page-context';
import { ToolPageLink } from '../ui/ToolPageLink';

/**
 * Below the brief, out of the rep's way: the audit log on every page, and the campaign check where marketers
 * build their sends (HubSpot), so the list can be checked without going through the settings.
 */
export function ToolsFooter({ site }: { site: Site | undefined }) {
  return (
    <footer className="tools-footer">
      {site === 'hubspot' ? <ToolPageLink page="campaign" /> : null}
      <ToolPageLink page="audit" />
    </footer>
  );
}
