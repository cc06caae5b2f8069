import { Anchor, Button, type AnchorProps, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

// Mantine's polymorphic components lose their props through createLink; these fix them to <a>.
function AnchorAsLink(props: AnchorProps & Omit<ComponentPropsWithRef<'a'>, keyof AnchorProps>) {
  return <Anchor component="a" {...props} />;
}

function ButtonAsLink(props: ButtonProps & Omit<ComponentPropsWithRef<'a'>, keyof ButtonProps>) {
  return <Button component="a" {...props} />;
}

/** Mantine's anchor and button as router links: typed `to`, `params` and `search`, a real <a href>. */
export const AnchorLink = createLink(AnchorAsLink);
export const ButtonLink = createLink(ButtonAsLink);
