// Benchmark for the cross-case passage index (pipeline/corpus/passage_index.h).
//
//   ehcp_corpus_bench --plans 10000 --db /tmp/passages.sqlite [--queries 50]
//   ehcp_corpus_bench --plans 10000 --db 'host=/run/postgresql dbname=ehcp_bench'
//
// A PostgreSQL --db (a connection URI or key=value string, as for `ehcp --corpus`) is emptied
// first: its ehcp_* tables are dropped. Peak memory is the benchmark process's own; the
// PostgreSQL server's memory is not counted.
//
// Generates N synthetic plans of about 2,000 words (seeded, so runs are repeatable): unique
// sentences built from templates and a pool of invented words, stock sentences shared by many
// plans (boilerplate), and planted 2-sentence copies from earlier plans (half with the child's
// name changed, some with a number changed). Indexes them, then checks `queries` new plans
// (each with planted copies) and reports time, memory, recall of planted copies and false
// pairs (non-boilerplate matches between plans that share no sentence).
#include <libpq-fe.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "pipeline/corpus/passage_index.h"

namespace {

using ehcp::corpus::CaseText;
using ehcp::corpus::PassageIndex;

constexpr uint64_t kSeed = 0x5eedULL;
constexpr int kOwnSentences = 96;
constexpr int kStockPerPlan = 12;
constexpr int kSentencesPerPassage = 4;

uint64_t SplitMix(uint64_t& state) {
  uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

struct Rng {
  uint64_t state;
  uint64_t Next() { return SplitMix(state); }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }
};

const std::vector<std::string>& WordPool() {
  static const std::vector<std::string> pool = [] {
    const char* onsets[] = {"b", "br", "c",  "ch", "d", "f",  "g",  "gr", "h",  "j", "k", "l", "m",
                            "n", "p",  "pl", "r",  "s", "sh", "st", "t",  "tr", "v", "w", "z"};
    const char* vowels[] = {"a", "e", "i", "o", "u", "ai", "ea", "oo", "ou"};
    const char* codas[] = {"", "n", "r", "l", "st", "nd", "ck", "m", "sh", "t"};
    std::set<std::string> words;
    Rng rng{kSeed};
    while (words.size() < 8000) {
      std::string w;
      const size_t syllables = 1 + rng.Below(3);
      for (size_t s = 0; s < syllables; ++s) {
        w += onsets[rng.Below(std::size(onsets))];
        w += vowels[rng.Below(std::size(vowels))];
      }
      w += codas[rng.Below(std::size(codas))];
      words.insert(w);
    }
    return std::vector<std::string>(words.begin(), words.end());
  }();
  return pool;
}

// Templates for a child's own sentences: {N} name, {W} pool word, {#} number.
const std::vector<std::string> kTemplates = {
    "{N} finds it hard to {W} the {W} when the {W} is {W} and {W}.",
    "{N} enjoys {W} and {W} with {W} at home and likes to {W} the {W} after school.",
    "In lessons {N} needs {#} minutes of {W} {W} from an adult who knows the {W} {W}.",
    "When {N} is {W} {N} may {W} the {W} or {W} away from the {W} {W}.",
    "{N} can read {#} {W} words and is learning to {W} {W} {W} with a {W}.",
    "Staff report that {N} {W} {W} during {W} and becomes {W} when the {W} changes.",
    "The {W} {W} programme will run for {#} weeks with a {W} {W} who will {W} progress.",
    "{N} will {W} a {W} {W} in {#} out of {#} {W} sessions by the end of {W} {W}.",
    "{N}'s parents say that {W} {W} helps {N} to {W} before {W} {W}.",
    "A {W} {W} will be used each {W} so that {N} can {W} and {W} the {W}.",
    "{N} communicates with {W} {W} and uses {W} to {W} {W} {W}.",
    "Assessment on the {W} {W} placed {N} at the {#} percentile for {W} {W}.",
};

// Stock text shared by many plans: LA boilerplate.
std::vector<std::string> StockSentences() {
  std::vector<std::string> out;
  Rng rng{kSeed ^ 0xb01e};
  const auto& pool = WordPool();
  for (int i = 0; i < 60; ++i) {
    std::string s = "This plan has been written in line with the local authority guidance and ";
    for (int w = 0; w < 12; ++w) s += pool[rng.Below(pool.size())] + " ";
    s += "and will be reviewed at the annual review meeting.";
    out.push_back(s);
  }
  return out;
}

std::string Capitalise(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string NameOf(int plan) {
  Rng rng{kSeed ^ (static_cast<uint64_t>(plan) * 0x9e37ULL + 7)};
  const auto& pool = WordPool();
  return Capitalise(pool[rng.Below(pool.size())] + "ie");
}

std::string Fill(const std::string& tpl, const std::string& name, Rng& rng) {
  const auto& pool = WordPool();
  std::string out;
  for (size_t i = 0; i < tpl.size(); ++i) {
    if (tpl.compare(i, 3, "{N}") == 0) {
      out += name, i += 2;
    } else if (tpl.compare(i, 3, "{W}") == 0) {
      out += pool[rng.Below(pool.size())], i += 2;
    } else if (tpl.compare(i, 3, "{#}") == 0) {
      out += std::to_string(1 + rng.Below(90)), i += 2;
    } else {
      out += tpl[i];
    }
  }
  return out;
}

std::vector<std::string> OwnSentences(int plan) {
  Rng rng{kSeed ^ (static_cast<uint64_t>(plan) << 20) ^ 0x0a};
  const std::string name = NameOf(plan);
  std::vector<std::string> out;
  for (int i = 0; i < kOwnSentences; ++i) {
    out.push_back(Fill(kTemplates[rng.Below(kTemplates.size())], name, rng));
  }
  return out;
}

struct Sentence {
  std::string text;
  int origin_plan = -1;  // -1: stock
  int origin_index = -1;
  int plant = -1;  // index into Plan::plants when planted
};

struct Plant {
  int source_plan;
  int source_index;
  bool name_changed, number_changed;
  struct Span {
    size_t passage = 0, begin = 0, end = 0;
  };
  std::vector<Span> spans;  // where the copied sentences landed (filled when laid out)
};

struct Plan {
  CaseText text;
  std::vector<Plant> plants;
  std::set<std::pair<int, int>> origins;
};

std::string ChangeNumber(const std::string& s) {
  std::string out = s;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] >= '0' && out[i] <= '9') {
      out[i] = out[i] == '9' ? '1' : static_cast<char>(out[i] + 1);
      return out;
    }
  }
  return out;
}

std::string ReplaceAll(std::string s, const std::string& from, const std::string& to) {
  for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) {
    s.replace(p, from.size(), to);
  }
  return s;
}

// Plan `id`, copying from plans in [0, source_limit); `plants` copies of 2 sentences.
// Layout: the plan's own sentences in passages of kSentencesPerPassage; stock sentences and
// planted copies are appended to random passages, so two consecutive own sentences of one
// passage stay adjacent in the stored text (a copier copies what they see).
Plan MakePlan(int id, int source_limit, int plants) {
  static const std::vector<std::string> stock = StockSentences();
  Rng rng{kSeed ^ (static_cast<uint64_t>(id) * 0x51ed27ULL)};
  Plan plan;
  const std::string name = NameOf(id);
  const size_t passages = kOwnSentences / kSentencesPerPassage;
  std::vector<std::vector<Sentence>> layout(passages);
  std::vector<std::string> own = OwnSentences(id);
  for (int i = 0; i < kOwnSentences; ++i) {
    layout[static_cast<size_t>(i / kSentencesPerPassage)].push_back({own[i], id, i, -1});
  }
  for (int s = 0; s < kStockPerPlan; ++s) {
    layout[rng.Below(passages)].push_back(Sentence{stock[rng.Below(stock.size())], -1, -1, -1});
  }
  for (int p = 0; p < plants && source_limit > 0; ++p) {
    Plant plant{
        static_cast<int>(rng.Below(static_cast<size_t>(source_limit))), 0, false, false, {}};
    if (plant.source_plan == id) continue;
    std::vector<std::string> src = OwnSentences(plant.source_plan);
    plant.source_index = static_cast<int>(rng.Below(passages)) * kSentencesPerPassage +
                         static_cast<int>(rng.Below(kSentencesPerPassage - 1));
    plant.name_changed = rng.Below(2) == 0;
    plant.number_changed = rng.Below(3) == 0;
    auto& target = layout[rng.Below(passages)];
    for (int k = 0; k < 2; ++k) {
      std::string t = src[static_cast<size_t>(plant.source_index + k)];
      if (plant.name_changed) t = ReplaceAll(t, NameOf(plant.source_plan), name);
      if (plant.number_changed) t = ChangeNumber(t);
      target.push_back(Sentence{t, plant.source_plan, plant.source_index + k,
                                static_cast<int>(plan.plants.size())});
    }
    plan.plants.push_back(plant);
  }
  plan.text.case_id = "plan-" + std::to_string(id);
  plan.text.child_names = {name};
  for (const auto& group : layout) {
    plan.text.passages.push_back({"p" + std::to_string(plan.text.passages.size()), std::string()});
    std::string& text = plan.text.passages.back().text;
    for (const Sentence& s : group) {
      if (!text.empty()) text += ' ';
      if (s.plant >= 0) {
        plan.plants[static_cast<size_t>(s.plant)].spans.push_back(
            {plan.text.passages.size() - 1, text.size(), text.size() + s.text.size()});
      }
      text += s.text;
      if (s.origin_plan >= 0) plan.origins.insert({s.origin_plan, s.origin_index});
    }
  }
  return plan;
}

// Plans sharing no sentence origin with the query are false pairs.
bool SharesOrigin(const Plan& q, int other, int indexed_plans) {
  static std::map<int, std::set<std::pair<int, int>>> cache;
  auto it = cache.find(other);
  if (it == cache.end()) {
    it = cache.emplace(other, MakePlan(other, other, 2).origins).first;
  }
  (void)indexed_plans;
  for (const auto& o : q.origins) {
    if (it->second.count(o) > 0) return true;
  }
  return false;
}

long PeakRssKib() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
  }
  return -1;
}

// CPU time of this thread: on a shared machine, wall-clock times include waiting for a core.
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace

int main(int argc, char** argv) {
  int plans = 1000;
  int queries = 50;
  std::string db = "/tmp/ehcp_corpus_bench.sqlite";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--plans" && i + 1 < argc) {
      plans = std::atoi(argv[++i]);
    } else if (arg == "--queries" && i + 1 < argc) {
      queries = std::atoi(argv[++i]);
    } else if (arg == "--db" && i + 1 < argc) {
      db = argv[++i];
    } else {
      std::fprintf(stderr, "usage: %s [--plans N] [--queries Q] [--db PATH]\n", argv[0]);
      return 2;
    }
  }
  if (ehcp::corpus::IsPostgresTarget(db)) {
    PGconn* conn = PQconnectdb(db.c_str());
    if (PQstatus(conn) != CONNECTION_OK) {
      std::fprintf(stderr, "%s", PQerrorMessage(conn));
      PQfinish(conn);
      return 1;
    }
    PQclear(PQexec(conn,
                   "SET client_min_messages = warning; DROP TABLE IF EXISTS ehcp_postings, "
                   "ehcp_stock, ehcp_names, ehcp_passages, ehcp_cases, ehcp_counter, ehcp_meta"));
    PQfinish(conn);
  } else {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
  }

  auto opened = PassageIndex::Open(db);
  if (!opened.ok()) {
    std::fprintf(stderr, "%s\n", opened.status().message().c_str());
    return 1;
  }
  std::unique_ptr<PassageIndex> index = std::move(opened).value();

  // Index.
  const auto t0 = std::chrono::steady_clock::now();
  constexpr int kBatch = 2500;
  size_t words = 0;
  double gen_seconds = 0;
  for (int start = 0; start < plans; start += kBatch) {
    const auto g = std::chrono::steady_clock::now();
    std::vector<CaseText> batch;
    for (int id = start; id < std::min(plans, start + kBatch); ++id) {
      batch.push_back(MakePlan(id, id, 2).text);
      for (const auto& p : batch.back().passages) {
        words += static_cast<size_t>(std::count(p.text.begin(), p.text.end(), ' ') + 1);
      }
    }
    gen_seconds += Seconds(g);
    ehcp::Status st = index->AddCases(batch);
    if (!st.ok()) {
      std::fprintf(stderr, "%s\n", st.message().c_str());
      return 1;
    }
    if ((start + kBatch) % 5000 == 0) {
      std::fprintf(stderr, "  indexed %d plans, %.1f s\n", start + kBatch, Seconds(t0));
    }
  }
  const double index_seconds = Seconds(t0) - gen_seconds;

  // Check new plans.
  std::vector<double> check_ms, check_cpu_ms;
  int planted = 0, found = 0, found_name_changed = 0, reported = 0, false_pairs = 0,
      boilerplate = 0;
  for (int q = 0; q < queries; ++q) {
    Plan plan = MakePlan(plans + q, plans, 6);
    const auto c0 = std::chrono::steady_clock::now();
    const double cpu0 = ThreadCpuSeconds();
    auto matches = index->FindMatches(plan.text);
    check_ms.push_back(Seconds(c0) * 1000.0);
    check_cpu_ms.push_back((ThreadCpuSeconds() - cpu0) * 1000.0);
    if (!matches.ok()) {
      std::fprintf(stderr, "%s\n", matches.status().message().c_str());
      return 1;
    }
    std::set<int> reported_cases;
    for (const auto& m : *matches) {
      if (m.is_boilerplate) {
        ++boilerplate;
        continue;
      }
      reported_cases.insert(std::atoi(m.other_case_id.c_str() + 5));
    }
    for (int other : reported_cases) {
      ++reported;
      if (!SharesOrigin(plan, other, plans)) {
        ++false_pairs;
        if (std::getenv("BENCH_DEBUG") != nullptr) {
          for (const auto& m : *matches) {
            if (m.other_case_id != "plan-" + std::to_string(other) || m.is_boilerplate) continue;
            const auto& t = std::find_if(plan.text.passages.begin(), plan.text.passages.end(),
                                         [&](const auto& p) { return p.id == m.passage_id; })
                                ->text;
            std::fprintf(stderr, "FALSE %s vs %s words=%d: %s\n", plan.text.case_id.c_str(),
                         m.other_case_id.c_str(), m.words,
                         t.substr(m.begin, m.end - m.begin).c_str());
          }
        }
      }
    }
    for (const auto& p : plan.plants) {
      ++planted;
      bool hit = false;
      for (const auto& span : p.spans) {
        const std::string passage = "p" + std::to_string(span.passage);
        for (const auto& m : *matches) {
          if (!hit && !m.is_boilerplate && m.passage_id == passage &&
              m.other_case_id == "plan-" + std::to_string(p.source_plan) && m.begin < span.end &&
              span.begin < m.end) {
            hit = true;
            if (p.name_changed && m.name_changed) ++found_name_changed;
          }
        }
      }
      found += hit ? 1 : 0;
      if (!hit && std::getenv("BENCH_DEBUG") != nullptr) {
        for (const auto& span : p.spans) {
          const auto& t = plan.text.passages[span.passage].text;
          std::fprintf(stderr, "MISSED %s p%zu from plan-%d: %s\n", plan.text.case_id.c_str(),
                       span.passage, p.source_plan,
                       t.substr(span.begin, span.end - span.begin).c_str());
        }
      }
    }
  }
  std::sort(check_ms.begin(), check_ms.end());
  std::sort(check_cpu_ms.begin(), check_cpu_ms.end());
  auto pct_of = [](const std::vector<double>& v, double q) {
    return v.empty() ? 0.0 : v[std::min(v.size() - 1, static_cast<size_t>(q * v.size()))];
  };
  auto pct = [&](double q) { return pct_of(check_ms, q); };
  auto stats = index->Stats();
  if (!stats.ok()) {
    std::fprintf(stderr, "%s\n", stats.status().message().c_str());
    return 1;
  }
  const auto db_bytes = static_cast<double>(std::max<int64_t>(0, stats->bytes));

  std::printf("| measure | value |\n|---|---|\n");
  std::printf("| plans indexed | %d (%.0f words each on average) |\n", plans,
              static_cast<double>(words) / std::max(1, plans));
  std::printf("| index time (excluding text generation %.1f s) | %.1f s (%.0f plans/s) |\n",
              gen_seconds, index_seconds, plans / std::max(1e-9, index_seconds));
  std::printf("| backend | %s |\n", stats->backend.c_str());
  std::printf(
      "| database size | %.0f MiB (%.1f KiB a plan; %lld postings, %lld stock fingerprints) |\n",
      db_bytes / (1 << 20), db_bytes / 1024.0 / std::max(1, plans),
      static_cast<long long>(stats->postings), static_cast<long long>(stats->stock));
  std::printf("| peak memory (VmHWM) | %.0f MiB |\n", PeakRssKib() / 1024.0);
  std::printf("| check one plan, median / p95 (%d plans) | %.1f ms / %.1f ms |\n", queries,
              pct(0.5), pct(0.95));
  std::printf("| check one plan, CPU time of this process, median / p95 | %.1f ms / %.1f ms |\n",
              pct_of(check_cpu_ms, 0.5), pct_of(check_cpu_ms, 0.95));
  std::printf("| planted copies found | %d / %d (%.1f%%) |\n", found, planted,
              100.0 * found / std::max(1, planted));
  std::printf("| reported other plans (non-boilerplate) | %d, of which false pairs %d (%.2f%%) |\n",
              reported, false_pairs, 100.0 * false_pairs / std::max(1, reported));
  std::printf("| boilerplate matches reported | %d |\n", boilerplate);
  std::printf("| name-changed copies flagged name_changed | %d |\n", found_name_changed);
  return 0;
}
