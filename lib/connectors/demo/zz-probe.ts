import { generateDemoWorkspace } from './generate-workspace';
const out: string[] = [];
for (let i = 0; i < 200; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  generateDemoWorkspace(new Date('2025-10-15T09:30:00Z'));
  const c = process.cpuUsage(c0);
  out.push(`${(performance.now() - t0).toFixed(0)}/${((c.user + c.system) / 1000).toFixed(0)}`);
}
console.log(out.join(' '));
