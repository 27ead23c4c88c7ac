import { PageTitle } from '@/components/PageTitle';
import { MyWorkLists } from '@/features/vettings/components/MyWorkLists';

export function MyWorkRoute() {
  return (
    <>
      <PageTitle>My work</PageTitle>
      <MyWorkLists />
    </>
  );
}
