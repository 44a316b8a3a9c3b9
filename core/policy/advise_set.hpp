#pragma once
// The failure policy: for one planned set, a verdict (failure / near-failure /
// stop-short / no-failure), a target RIR range, the intensity techniques allowed or
// denied, and the reasons in order. Resolution order (README "Failure policy"):
//   1. every rule whose condition holds is a match;
//   2. recommendation: the matching rule with the highest priority that sets a verdict
//      gives the verdict (equal priority: the more cautious verdict, then the earlier
//      rule); likewise, independently, for the RIR range (equal priority: higher min);
//      no recommendation at all: stop-short, RIR 1-3;
//   3. adjustments: every matching adjustRir, highest priority first (min >= 0, max >= min);
//   4. constraints, whatever their priority: the most cautious capVerdict bounds the
//      verdict; limitRir ceilings lower the max, then floors raise the min (a raised
//      range stays at least 1 rep wide) - a floor beats a ceiling;
//   5. consistency: failure means RIR 0, so a range raised above 0 turns failure into
//      near-failure (min <= 1) or stop-short; near-failure with min >= 2 becomes
//      stop-short; every verdict below failure (also one a cap lowered) keeps min >= 1,
//      because RIR 0 is failure (verdict.hpp: kMinRirShortOfFailure);
//   6. techniques: when the verdict is stop-short or no-failure all are denied, by the
//      rule that set the verdict, because each goes to or past failure; otherwise one
//      is allowed when a matching rule allows it and none denies it (a denial wins);
//   7. reasons: constraints, the recommendation, adjustments, the rules that decided a
//      technique, then the strongest losing recommendation that wanted the set closer
//      to failure than the outcome; within a group by priority, then document order.
// Cheap and noexcept: no JSON, no allocation unless more than 24 rules match (so a
// caller's loop in WASM needs no exception trampolines). ctx.exercise must be set; when
// it is null the answer is the fallback (stop-short, RIR 1-3) with no reasons.
#include "core/policy/advice.hpp"
#include "core/policy/set_context.hpp"

namespace proximity::policy {

Advice advise_set(const SetContext& ctx, const RuleSet& rules) noexcept;

}  // namespace proximity::policy
