// Today with a plan and a profile saved, the plan's next session started and drawn (it is
// prepared in the history's worker, so the click alone does not mean it is on screen).
import { writeRecord } from './store.mjs';

export async function startPlannedSession(page, { plan, profile }) {
  await page.waitForSelector('body[data-ready="true"]');
  await writeRecord(page, 'plan', plan);
  await writeRecord(page, 'profile', profile);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await page.click('#start-plan');
  await page.locator('#session .exercise').first().waitFor();
}
