// The home page: a signed-in learner's dashboard, or the program overview for a visitor.
import { useSession } from '../api/session.js';
import { Loading } from '../app/states.js';
import { LearnerHome } from './home/LearnerHome.js';
import { ProgramOverview } from './home/ProgramOverview.js';

export function HomePage() {
  const session = useSession();
  if (session.isPending) return <Loading what="your home page" />;
  if (!session.data) return <ProgramOverview />;
  return <LearnerHome user={session.data.user} />;
}
