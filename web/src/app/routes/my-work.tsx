import { PageTitle } from '@/components/PageTitle';
import { RescanNotices } from '@/features/screening/components/RescanNotices';
import { MyWorkLists } from '@/features/vettings/components/MyWorkLists';

export function MyWorkRoute() {
  return (
    <>
      <PageTitle>My work</PageTitle>
      <MyWorkLists />
      <RescanNotices />
    </>
  );
}
