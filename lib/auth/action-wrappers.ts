import "server-only";
import { ForbiddenError } from "@/lib/errors";
import { actionFailure, SIGNED_OUT, type ActionFailure } from "@/lib/http/action-state";
import type { Actor } from "./actor";
import { actorForAction } from "./session";

/** A server action's body: it receives the signed-in Actor first, then the action's own arguments. */
type ActionBody<A extends unknown[], R> = (actor: Actor, ...args: A) => Promise<R>;

export interface ActionOptions<A extends unknown[], R> {
  /**
   * Reshapes every failure before the form sees it — signed out as well as
   * thrown — e.g. to give back what the editor typed, or to put a field's
   * words in the one-line message. Gets the action's own arguments as a tuple.
   */
  failure?: (failure: ActionFailure, args: A) => R;
}

export interface AdminActionOptions<A extends unknown[], R> extends ActionOptions<A, R> {
  /** What a signed-in editor is told (403); each screen words it for what it manages. */
  forbidden?: string;
}

function wrap<A extends unknown[], R>(adminOnly: string | null, body: ActionBody<A, R>, options: ActionOptions<A, R>) {
  return async (...args: A): Promise<R | ActionFailure> => {
    const answer = (failure: ActionFailure) => (options.failure ? options.failure(failure, args) : failure);
    try {
      const actor = await actorForAction();
      if (!actor) return answer(SIGNED_OUT);
      if (adminOnly !== null && actor.role !== "admin") throw new ForbiddenError(adminOnly);
      return await body(actor, ...args);
    } catch (error) {
      // actionFailure lets Next's redirect()/notFound() through, so a body may end in a redirect.
      return answer(actionFailure(error));
    }
  };
}

/**
 * A server action for any signed-in editor or admin: a reader (no session, or
 * an expired one) gets the SIGNED_OUT form state, whatever the body throws is
 * translated by actionFailure (the one errorBody), and the body is handed the
 * Actor. Next.js checks a server action's Origin against its Host itself, so
 * no same-origin check is repeated here.
 */
export function editorAction<A extends unknown[], R>(body: ActionBody<A, R>, options: ActionOptions<NoInfer<A>, NoInfer<R>> = {}) {
  return wrap(null, body, options);
}

/** editorAction for admins only: a signed-in editor gets a `forbidden` failure and the body never runs. */
export function adminAction<A extends unknown[], R>(body: ActionBody<A, R>, options: AdminActionOptions<NoInfer<A>, NoInfer<R>> = {}) {
  return wrap(options.forbidden ?? "Only admins can do that.", body, options);
}
