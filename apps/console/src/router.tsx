import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { AppLayout } from './components/AppLayout';
import { ErrorState } from './components/ErrorState';
import { portfolioQuery } from './features/portfolio/api/use-portfolio';
import { parsePortfolioSearch, portfolioFilters } from './features/portfolio/portfolio-search';
import type { ApiClients } from './lib/api/api-clients';
import { PortfolioPage } from './features/portfolio/routes/PortfolioPage';
import { SignInPage } from './features/sign-in/routes/SignInPage';
import { currentSession } from './lib/auth/session';

// The portfolio (the home page) and sign-in come with the first load; the other pages load when visited.
const ProductPage = lazyRouteComponent(() => import('./features/products/routes/ProductPage'), 'ProductPage');
const RegisterProductPage = lazyRouteComponent(
  () => import('./features/products/routes/RegisterProductPage'),
  'RegisterProductPage',
);
const CreateProductLinePage = lazyRouteComponent(
  () => import('./features/product-lines/routes/CreateProductLinePage'),
  'CreateProductLinePage',
);

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient; api: ApiClients }>()({
  component: Outlet,
  errorComponent: ({ error }) => <ErrorState error={error} />,
  notFoundComponent: () => <ErrorState error={new Error('There is no page at this address.')} />,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({
    redirect: typeof search.redirect === 'string' ? search.redirect : undefined,
  }),
  component: SignInPage,
});

/** Every other page needs someone signed in; the sign-in page brings them back where they wanted to go. */
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: ({ location }) => {
    const session = currentSession();
    if (!session) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    return { session };
  },
  component: function SignedIn() {
    const { session } = signedInRoute.useRouteContext();
    return <AppLayout session={session} />;
  },
});

const homeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/portfolio' });
  },
});

const portfolioRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/portfolio',
  validateSearch: parsePortfolioSearch,
  // The first page is asked for while the page renders, not after.
  loaderDeps: ({ search }) => portfolioFilters(search),
  loader: ({ context, deps }) => {
    void context.queryClient.prefetchInfiniteQuery(portfolioQuery(context.api.analytics, deps));
  },
  component: PortfolioPage,
});

const registerProductRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/products/new',
  component: RegisterProductPage,
});

const productRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/products/$productId/{-$tab}',
  component: ProductPage,
});

const createProductLineRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/product-lines/new',
  component: CreateProductLinePage,
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  signedInRoute.addChildren([
    homeRoute,
    portfolioRoute,
    registerProductRoute,
    productRoute,
    createProductLineRoute,
  ]),
]);

/** The router; `queryClient` lets route loaders start fetching before their page renders. */
export function createAppRouter(queryClient: QueryClient, api: ApiClients) {
  return createRouter({ routeTree, defaultPreload: 'intent', context: { queryClient, api } });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
