import { NoticeFeed } from './notice-feed';

const notice = (streamId: string) => ({ type: 'ProductRenamed', streamId, topic: 'catalogue.product.v1' });

describe('NoticeFeed', () => {
  it('numbers notices and tells listeners', () => {
    const feed = new NoticeFeed();
    const seen: string[] = [];
    const unsubscribe = feed.subscribe((entry) => seen.push(`${entry.id}:${entry.notice.streamId}`));
    feed.publish(notice('a'));
    unsubscribe();
    feed.publish(notice('b'));
    expect(seen).toEqual([`${feed.epoch}-1:a`]);
  });

  it('replays what came after a known id', () => {
    const feed = new NoticeFeed();
    const start = feed.lastId;
    feed.publish(notice('a'));
    feed.publish(notice('b'));
    expect(feed.since(start)?.map((entry) => entry.notice.streamId)).toEqual(['a', 'b']);
    expect(feed.since(`${feed.epoch}-1`)?.map((entry) => entry.notice.streamId)).toEqual(['b']);
    expect(feed.since(feed.lastId)).toEqual([]);
  });

  it('cannot replay ids of another instance, from the future or malformed', () => {
    const feed = new NoticeFeed();
    feed.publish(notice('a'));
    expect(feed.since('00000000-1')).toBeUndefined();
    expect(feed.since(`${feed.epoch}-9`)).toBeUndefined();
    expect(feed.since('garbage')).toBeUndefined();
  });
});
