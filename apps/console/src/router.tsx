import { createRootRoute, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { AppLayout } from './components/AppLayout';
import { ErrorState } from './components/ErrorState';
import { parsePortfolioSearch } from './features/portfolio/portfolio-search';
import { PortfolioPage } from './features/portfolio/routes/PortfolioPage';
import { CreateProductLinePage } from './features/product-lines/routes/CreateProductLinePage';
import { ProductPage } from './features/products/routes/ProductPage';
import { RegisterProductPage } from './features/products/routes/RegisterProductPage';
import { SignInPage } from './features/sign-in/routes/SignInPage';
import { currentSession } from './lib/auth/session';

const rootRoute = createRootRoute({
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

export const router = createRouter({ routeTree, defaultPreload: 'intent' });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
