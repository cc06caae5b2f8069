import { routeOf } from './upstreams';

describe('routeOf', () => {
  it('strips the /api/<service> prefix and keeps the query', () => {
    expect(routeOf('/api/catalogue/products?limit=5')).toEqual({
      upstream: 'catalogue',
      path: '/products?limit=5',
    });
    expect(routeOf('/api/analytics')).toEqual({ upstream: 'analytics', path: '/' });
    expect(routeOf('/api/lifecycle?x=1')).toEqual({ upstream: 'lifecycle', path: '/?x=1' });
  });

  it('leaves other paths alone', () => {
    expect(routeOf('/api/events')).toBeUndefined();
    expect(routeOf('/api/catalogues/products')).toBeUndefined();
    expect(routeOf('/portfolio')).toBeUndefined();
  });
});
