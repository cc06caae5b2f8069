import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CommandRunner,
  IfMatch,
  Idempotent,
  setETag,
  type IfMatchVersion,
} from '@product-ledger/nest-event-sourcing';
import { CurrentActor, Roles, type Actor, type HeaderWriter } from '@product-ledger/service-kit';
import { lifecycleOfReview } from '../domain/lifecycle/gate-review-id';
import { ReviewNotFound } from '../domain/lifecycle/lifecycle-errors';
import {
  lifecycleCommand,
  startedLifecycle,
  type LifecycleRequest,
} from '../application/commands/lifecycle-command';
import { ProductAccess } from '@product-ledger/product-access';
import { LifecycleReader } from '../application/queries/lifecycle-reader';
import { AssessmentBody, DecisionBody } from './gate-review.bodies';
import { gateReviewView } from './gate-review.view';
import { now } from './accepted-at';

/** Gate reviews live in their lifecycle's stream; their ETag is that lifecycle's version. */
@ApiTags('gate-reviews')
@ApiBearerAuth()
@Controller('gate-reviews')
export class GateReviewsController {
  constructor(
    private readonly commands: CommandRunner,
    private readonly reader: LifecycleReader,
    private readonly access: ProductAccess,
  ) {}

  @Get(':reviewId')
  @ApiOperation({
    summary:
      'A review: criteria with assessments, required activities, business case, what a go still needs.',
  })
  async get(@Param('reviewId') reviewId: string, @Res({ passthrough: true }) res: HeaderWriter) {
    const { lifecycle, review, version } = await this.reader.loadReview(reviewId);
    setETag(res, version);
    return gateReviewView(lifecycle, review);
  }

  @Post(':reviewId/assessments')
  @HttpCode(201)
  @Roles('product_manager', 'contributor', 'gatekeeper', 'admin')
  @Idempotent()
  @ApiOperation({ summary: 'Assess a criterion of an open review: met or not, with evidence.' })
  async assess(
    @Param('reviewId') reviewId: string,
    @Body() body: AssessmentBody,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: HeaderWriter,
  ) {
    return this.run(
      reviewId,
      (lifecycleId) => ({
        type: 'AssessCriterion',
        lifecycleId,
        reviewId,
        criterionId: body.criterionId,
        met: body.met,
        evidence: body.evidence,
        actor: actor.subject,
        at: now(),
      }),
      ifMatch,
      res,
    );
  }

  @Post(':reviewId/decision')
  @HttpCode(200)
  @Roles('gatekeeper', 'admin')
  @Idempotent()
  @ApiOperation({
    summary: "The gatekeeper's decision: go, kill, hold or recycle (422 names what a go still misses).",
  })
  async decide(
    @Param('reviewId') reviewId: string,
    @Body() body: DecisionBody,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: HeaderWriter,
  ) {
    // Gatekeepers decide any gate, but not that of a product they own (403 own-gate-decision).
    await this.access.assertMayDecideGate((await this.reader.loadReview(reviewId)).lifecycle.productId);
    return this.run(
      reviewId,
      (lifecycleId) => ({
        type: 'RecordGateDecision',
        lifecycleId,
        reviewId,
        decision: body.decision,
        rationale: body.rationale,
        conditions: body.conditions ?? [],
        actor: actor.subject,
        at: now(),
      }),
      ifMatch,
      res,
    );
  }

  private async run(
    reviewId: string,
    request: (lifecycleId: string) => LifecycleRequest,
    ifMatch: IfMatchVersion | undefined,
    res: HeaderWriter,
  ) {
    const lifecycleId = lifecycleOfReview(reviewId);
    if (!lifecycleId) throw new ReviewNotFound(reviewId);
    const outcome = await this.commands.run(lifecycleCommand, request(lifecycleId), {
      expectedVersion: ifMatch,
    });
    const lifecycle = startedLifecycle(outcome);
    const { version } = outcome;
    const review = lifecycle.reviews.find((candidate) => candidate.reviewId === reviewId);
    if (!review) throw new ReviewNotFound(reviewId);
    setETag(res, version);
    return gateReviewView(lifecycle, review);
  }
}
