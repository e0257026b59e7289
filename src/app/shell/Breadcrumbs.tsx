import { Breadcrumb } from 'antd';
import { Link, useMatches } from '@tanstack/react-router';
import { useT } from '@/shared/i18n/useT';

/** Built from the matched routes' `staticData.crumb`: a route declares its label once. */
export function Breadcrumbs() {
  const t = useT();
  const matches = useMatches();
  const crumbs = matches.filter((match) => match.staticData.crumb);
  const items = [
    { key: 'home', title: <Link to="/">{t('common.home')}</Link> },
    ...crumbs.map((match, index) => {
      const label = t(match.staticData.crumb!);
      const last = index === crumbs.length - 1;
      return { key: match.id, title: last ? label : <Link to={match.pathname}>{label}</Link> };
    }),
  ];
  return <Breadcrumb data-testid="breadcrumbs" style={{ marginBottom: 12 }} items={items} />;
}
