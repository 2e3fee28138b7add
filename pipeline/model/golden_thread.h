// The golden thread (SEND Code of Practice 9.69): each need in section B should lead to an
// outcome in section E and to provision in section F in the same area of need. This traces the
// thread through a plan's statements. Pure; used by the golden-thread-gap check (which reports
// areas where the thread breaks) and by the draft layout (which sets each need beside the
// outcomes and provision that meet it).
#pragma once

#include <vector>

#include "pipeline/model/plan.h"

namespace ehcp {

// One need and what is linked to it. `need` is null for an outcome or provision that is linked
// to no need in its area; such a row holds one outcome (and the provision linked to it), or one
// provision.
struct ThreadRow {
  const Statement* need = nullptr;          // section B
  std::vector<const Statement*> outcomes;   // section E, in plan order
  std::vector<const Statement*> provision;  // section F, in plan order
};

// The needs, outcomes and provision of one area of need.
struct AreaThread {
  Area area = Area::kNone;
  std::vector<const Statement*> needs;      // section B, in plan order
  std::vector<const Statement*> outcomes;   // section E, in plan order
  std::vector<const Statement*> provision;  // section F, in plan order
  // Every statement above exactly once: one row per need (in plan order), then the rows of
  // unlinked outcomes and provision (in plan order of their first statement).
  std::vector<ThreadRow> rows;
};

// Groups the section B, E and F statements of `statements` (others are ignored) by area, in
// catalogue order with Area::kNone last; areas with no statement are left out.
//
// Within an area an outcome is linked to the need it shares most content words with, and a
// provision to the need (with its outcomes) or else the unlinked outcome it shares most content
// words with; ties go to the earlier need. Content words are words of four letters or more that
// are not common or generic plan words ("will", "support", "weekly") and not the names of
// `child` or the people around them. Words match once "-ing", "-ed" and a plural "-s" are cut
// off, on their first six letters: "reading" matches "reads", "communicate" matches
// "communication"; a few families that differ sooner match too ("anxious" and "anxiety").
// Statements without an area are never linked: each is a row of its own.
std::vector<AreaThread> TraceGoldenThread(const std::vector<const Statement*>& statements,
                                          const ChildInfo& child);

}  // namespace ehcp
