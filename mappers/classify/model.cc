#include "mappers/classify/model.h"

#include <algorithm>
#include <cmath>

namespace ehcp::model {

template <size_t N>
std::array<double, N> Probabilities(const std::array<double, N>& dec) {
  std::array<double, N> p{};
  double sum = 0;
  for (size_t i = 0; i < N; ++i) {
    p[i] = 1 / (1 + std::exp(-dec[i]));
    sum += p[i];
  }
  for (double& v : p) v /= sum;
  return p;
}
template std::array<double, kSections> Probabilities(const std::array<double, kSections>&);
template std::array<double, kAreas> Probabilities(const std::array<double, kAreas>&);

Model::Model(const Weights& w) : w_(w) {
  size_t size = 16;
  while (size < w.count * 2) size *= 2;
  table_.assign(size, Slot{});
  mask_ = static_cast<uint32_t>(size - 1);
  for (size_t k = 0; k < w.count; ++k) {
    uint32_t slot = (w.index[k] * 2654435761u) & mask_;
    while (table_[slot].index != 0) slot = (slot + 1) & mask_;
    table_[slot] = {w.index[k], w.offset[k] << 5 | (w.offset[k + 1] - w.offset[k])};
  }
  size_t n = w.count == 0 ? 0 : w.offset[w.count];
  entries_.reserve(n);
  for (size_t j = 0; j < n; ++j) {
    double q = std::clamp(std::round(static_cast<double>(w.weight[j]) * kScale), -32767.0, 32767.0);
    entries_.push_back({static_cast<int16_t>(q), w.cls[j]});
  }
}

const Model::Slot* Model::Find(uint32_t index) const {
  for (uint32_t slot = (index * 2654435761u) & mask_;; slot = (slot + 1) & mask_) {
    const Slot& s = table_[slot];
    if (s.index == index) return &s;
    if (s.index == 0) return nullptr;
  }
}

double Model::Calibrate(double p) const {
  p = std::clamp(p, 1e-6, 1 - 1e-6);
  double z = w_.platt_a * std::log(p / (1 - p)) + w_.platt_b;
  return 1 / (1 + std::exp(-z));
}

Prediction Model::Predict(const std::vector<features::Feature>& x) const {
  std::array<double, kSections> sec{};
  std::array<double, kAreas> area{};
  for (size_t c = 0; c < kSections; ++c) sec[c] = w_.bias[c];
  for (size_t c = 0; c < kAreas; ++c) area[c] = w_.bias[kSections + c];
  thread_local std::vector<std::pair<const features::Feature*, const Slot*>> found;
  found.clear();
  // Three passes, so that the memory loads of many features are in flight at once: the slots,
  // then the entries, then the sums.
  for (const features::Feature& f : x) __builtin_prefetch(&table_[(f.index * 2654435761u) & mask_]);
  for (const features::Feature& f : x) {
    const Slot* range = Find(f.index);
    if (range == nullptr) continue;
    __builtin_prefetch(&entries_[range->range >> 5]);
    found.emplace_back(&f, range);
  }
  for (const auto& [fp, range] : found) {
    const features::Feature& f = *fp;
    for (uint32_t j = range->range >> 5, end = j + (range->range & 31); j < end; ++j) {
      const Entry& e = entries_[j];
      double v = e.weight * (f.value / kScale);
      if (e.cls < kSections) {
        sec[e.cls] += v;
      } else {
        area[e.cls - kSections] += v;
      }
    }
  }
  Prediction out;
  out.section = Probabilities(sec);
  out.area = Probabilities(area);
  out.best_section = static_cast<size_t>(std::max_element(out.section.begin(), out.section.end()) -
                                         out.section.begin());
  out.best_area =
      static_cast<size_t>(std::max_element(out.area.begin(), out.area.end()) - out.area.begin());
  out.confidence = Calibrate(out.section[out.best_section]);
  // The features with the largest contribution to the chosen section, in words.
  thread_local std::vector<std::pair<double, const features::Feature*>> pushes;
  pushes.clear();
  for (const auto& [f, range] : found) {
    if (f->words.empty() || f->kind == features::Kind::kChars) continue;
    for (uint32_t j = range->range >> 5, end = j + (range->range & 31); j < end; ++j) {
      if (entries_[j].cls != out.best_section) continue;
      double v = entries_[j].weight * (f->value / kScale);
      if (v > 0.3) pushes.emplace_back(v, f);
    }
  }
  std::sort(pushes.begin(), pushes.end(), [](const auto& a, const auto& b) {
    return a.first > b.first || (a.first == b.first && a.second->index < b.second->index);
  });
  for (size_t i = 0; i < pushes.size() && out.strongest.size() < 2; ++i) {
    const features::Feature& f = *pushes[i].second;
    std::string words = "'" + std::string(f.words) + "'";
    if (f.kind == features::Kind::kFirst) words = "starts " + words;
    if (f.kind == features::Kind::kHeading) words = "heading word " + words;
    if (std::find(out.strongest.begin(), out.strongest.end(), words) == out.strongest.end()) {
      out.strongest.push_back(words);
    }
  }
  return out;
}

}  // namespace ehcp::model
