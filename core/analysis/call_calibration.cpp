#include "core/analysis/call_calibration.hpp"

#include "core/analysis/calendar_day.hpp"
#include "core/common/enum_names.hpp"

#include <cmath>
#include <unordered_map>

namespace proximity::analysis {

namespace {

constexpr std::array<EnumName<CallClass>, kCallClassCount> kClassNames = {
    {{CallClass::Compound, "compound", "compound lifts"},
     {CallClass::IsolationMachine, "isolationMachine", "isolation and machine work"}}};

struct Sums {
    double weight = 0, weighted = 0, squares = 0;  // sum w, sum w * error, sum w * error^2
    double noise = 0;  // sum w * the observation's own variance (kInferredSd^2 for an inference)
    int tests = 0, inferred = 0;
    std::optional<int> last_day;
    void add(const CallObservation& o, double w) {
        weight += w;
        weighted += w * o.error();
        squares += w * o.error() * o.error();
        if (o.inferred) noise += w * kInferredSd * kInferredSd;
        (o.inferred ? inferred : tests) += 1;
        last_day = o.day;  // observations come in date order
    }
    Sums scaled(double f) const {
        Sums s = *this;
        s.weight *= f;
        s.weighted *= f;
        s.squares *= f;
        s.noise *= f;
        return s;
    }
};

struct AllSums {
    Sums all;
    std::array<Sums, kCallClassCount> per;
    void add(const CallObservation& o, double w) {
        all.add(o, w);
        per[static_cast<size_t>(o.call_class)].add(o, w);
    }
    AllSums scaled(double f) const {
        AllSums s;
        s.all = all.scaled(f);
        for (size_t k = 0; k < kCallClassCount; ++k) s.per[k] = per[k].scaled(f);
        return s;
    }
};

double inference_weight(const CallObservation& o) { return o.inferred ? kInferredWeight : 1.0; }

double recency(int day, int today) { return std::pow(0.5, std::max(0, today - day) / kHalfLifeDays); }

// A weighted mean pulled towards `toward` by `pull` observations' worth; the spread pooled
// with `toward_spread` the same way, and widened by the inferences' own uncertainty (a
// class known only from inferences never scatters less than they are known).
ClassCalibration shrink(const Sums& s, double toward, double toward_spread, double pull) {
    ClassCalibration c;
    c.bias = (s.weighted + pull * toward) / (s.weight + pull);
    c.tests = s.tests;
    c.inferred = s.inferred;
    c.weight = s.weight;
    c.last_day = s.last_day;
    c.basis = CallBasis::Log;
    // sum w (e - bias)^2 = sum w e^2 - 2 bias sum w e + bias^2 sum w
    const double scatter = s.squares - 2 * c.bias * s.weighted + c.bias * c.bias * s.weight;
    c.spread = std::sqrt(std::max(0.0, (pull * toward_spread * toward_spread + scatter + s.noise) / (s.weight + pull)));
    return c;
}

ClassCalibration from_prior(const CallPrior& p) {
    ClassCalibration c;
    c.bias = p.bias;
    c.spread = p.spread;
    return c;
}

ClassCalibration from_saved(const load::RirCalibration& saved, const CallPrior& p) {
    ClassCalibration c;
    c.bias = saved.bias;
    c.spread = saved.spread.value_or(p.spread);
    c.tests = saved.count;
    c.weight = saved.count;
    c.basis = CallBasis::Saved;
    c.uncertain = c.weight < kCertainTests || c.spread > kCertainSpread;
    return c;
}

ErrorSummary summary(const std::vector<double>& errors) {
    ErrorSummary s;
    s.n = static_cast<int>(errors.size());
    if (s.n == 0) return s;
    for (double e : errors) s.mae += e;
    s.mae /= s.n;
    if (s.n < 2) return s;
    double squares = 0;
    for (double e : errors) squares += (e - s.mae) * (e - s.mae);
    const double half = 1.96 * std::sqrt(squares / (s.n - 1) / s.n);
    s.low = std::max(0.0, s.mae - half);
    s.high = s.mae + half;
    return s;
}

}  // namespace

const char* call_class_id(CallClass c) { return enum_name(kClassNames, c); }
const char* call_class_words(CallClass c) {
    for (const auto& n : kClassNames)
        if (n.value == c) return n.label;
    return "";
}

const char* call_basis_id(CallBasis b) {
    static constexpr std::array<EnumName<CallBasis>, 3> kNames = {
        {{CallBasis::Prior, "prior"}, {CallBasis::Saved, "saved"}, {CallBasis::Log, "log"}}};
    return enum_name(kNames, b);
}

CallClass call_class_of(exercise::MovementClass movement, exercise::Equipment kind) {
    if (movement == exercise::MovementClass::Isolation || kind == exercise::Equipment::Machine ||
        kind == exercise::Equipment::Cable)
        return CallClass::IsolationMachine;
    return CallClass::Compound;
}

CallPrior call_prior(policy::LifterStatus status) {
    CallPrior p;
    if (status == policy::LifterStatus::Beginner) p.spread = 2.0;
    return p;
}

CallPrior call_prior(std::optional<load::Experience> experience) {
    return call_prior(experience == load::Experience::Beginner ? policy::LifterStatus::Beginner
                                                               : policy::LifterStatus::Intermediate);
}

std::array<double, kCallClassCount> CallCalibration::applied_biases() const {
    return {classes[0].applied_bias(), classes[1].applied_bias()};
}

std::vector<CallObservation> call_observations(const history::History& h, const exercise::ExerciseLibrary& library) {
    std::vector<CallObservation> out;
    std::unordered_map<std::string, CallClass> classes;
    for (const history::Workout& w : h.workouts) {
        int day = -1;
        for (const history::LoggedExercise& x : w.exercises) {
            auto it = classes.find(x.exercise);
            if (it == classes.end())
                it = classes.emplace(x.exercise, call_class_of(exercise_info(x.exercise, library, h.custom_exercises))).first;
            for (size_t i = 0; i < x.sets.size(); ++i) {
                const history::LoggedSet& s = x.sets[i];
                if (s.type == history::SetType::Warmup || s.reps < 1) continue;
                const std::optional<double> called = history::effort_rir(s.effort);
                if (!called) continue;
                CallObservation o;
                o.call_class = it->second;
                o.called = *called;
                if (s.failure_reps) {
                    o.actual = *s.failure_reps - s.reps;
                } else {
                    if (s.failure || i + 1 >= x.sets.size()) continue;
                    const history::LoggedSet& next = x.sets[i + 1];
                    const bool same_load = next.unit == s.unit && std::fabs(next.load - s.load) < 1e-9;
                    const bool to_failure = next.failure || next.type == history::SetType::Failure;
                    const bool plain = next.type == history::SetType::Working || next.type == history::SetType::Failure;
                    if (!to_failure || !plain || next.failure_reps || !same_load) continue;
                    o.actual = std::max(0.0, next.reps + kInferredRepLoss - s.reps);
                    o.inferred = true;
                }
                if (day < 0) day = day_number(w.start);
                o.day = day;
                out.push_back(o);
            }
        }
    }
    return out;
}

// The model from weighted sums (weights already scaled to `today`).
CallCalibration model_from(const AllSums& sums, int today, const CallPrior& prior) {
    CallCalibration m;
    m.prior = prior;
    m.overall = shrink(sums.all, prior.bias, prior.spread, kPriorTests);
    for (size_t k = 0; k < kCallClassCount; ++k) {
        ClassCalibration& c = m.classes[k];
        if (sums.per[k].tests + sums.per[k].inferred > 0) {
            c = shrink(sums.per[k], m.overall.bias, m.overall.spread, kClassShrinkTests);
        } else {  // no observation of its own: the lifter's overall bias, with none counted
            c = m.overall;
            c.tests = c.inferred = 0;
            c.weight = 0;
            c.last_day.reset();
        }
    }
    auto judge = [today](ClassCalibration& c) {
        c.stale = !c.last_day || today - *c.last_day > kStaleDays;
        c.uncertain = c.weight < kCertainTests || c.spread > kCertainSpread || c.tests == 0;
    };
    judge(m.overall);
    for (ClassCalibration& c : m.classes) judge(c);
    return m;
}

CallCalibration fit_calls(const std::vector<CallObservation>& obs, size_t count, int today, const CallPrior& prior,
                          const std::optional<load::RirCalibration>& saved) {
    count = std::min(count, obs.size());
    if (count == 0) {
        CallCalibration m;
        m.prior = prior;
        m.overall = saved ? from_saved(*saved, prior) : from_prior(prior);
        m.classes.fill(m.overall);
        return m;
    }
    AllSums sums;
    for (size_t i = 0; i < count; ++i) sums.add(obs[i], recency(obs[i].day, today) * inference_weight(obs[i]));
    return model_from(sums, today, prior);
}

load::RirCalibration fit_tests(const std::vector<load::FailureTestSet>& sets, const CallPrior& prior) {
    std::vector<CallObservation> obs;
    obs.reserve(sets.size());
    for (const load::FailureTestSet& s : sets) {
        CallObservation o;
        o.called = s.predicted_rir;
        o.actual = s.actual_rir();
        obs.push_back(o);
    }
    const ClassCalibration overall = fit_calls(obs, obs.size(), 0, prior).overall;
    load::RirCalibration c;
    c.bias = overall.bias;
    c.count = static_cast<int>(sets.size());
    if (c.count >= 2) c.spread = overall.spread;
    return c;
}

load::Effort corrected_call(const load::Effort& called, const CallCalibration& model, CallClass c) {
    return load::corrected_effort(called, model.of(c).applied_bias());
}

namespace {

// Running sums of observations with weights 2^((day - first) / half-life): scaled by
// 2^(-(today - first) / half-life) they are fit_calls's recency weights, so a walk through
// the log refits in one pass.
class RunningFit {
public:
    RunningFit(const std::vector<CallObservation>& obs, const CallPrior& prior)
        : obs_(obs), prior_(prior), first_(obs.empty() ? 0 : obs.front().day) {}
    void add_through(size_t end) {
        for (; added_ < end; ++added_) {
            const CallObservation& p = obs_[added_];
            sums_.add(p, std::pow(2.0, (p.day - first_) / kHalfLifeDays) * inference_weight(p));
        }
    }
    size_t added() const { return added_; }
    CallCalibration model(int today) const {
        if (added_ == 0) return fit_calls(obs_, 0, today, prior_);
        return model_from(sums_.scaled(std::pow(2.0, -(today - first_) / kHalfLifeDays)), today, prior_);
    }

private:
    const std::vector<CallObservation>& obs_;
    CallPrior prior_;
    int first_;
    AllSums sums_;
    size_t added_ = 0;
};

}  // namespace

Backtest backtest_calls(const std::vector<CallObservation>& obs, const CallPrior& prior) {
    std::vector<double> raw, calibrated;
    int inferred = 0;
    RunningFit fit(obs, prior);
    for (const CallObservation& o : obs) {
        if (o.inferred) {  // its truth is the model's own rule
            ++inferred;
            continue;
        }
        size_t end = fit.added();  // only what was logged on earlier days
        while (end < obs.size() && obs[end].day < o.day) ++end;
        fit.add_through(end);
        const double predicted = corrected_call({0, o.called}, fit.model(o.day), o.call_class).rir;
        raw.push_back(std::fabs(o.actual - o.called));
        calibrated.push_back(std::fabs(o.actual - predicted));
    }
    return {summary(raw), summary(calibrated), inferred};
}

std::vector<CalibrationPoint> calibration_trend(const std::vector<CallObservation>& obs, const CallPrior& prior) {
    std::vector<CalibrationPoint> out;
    out.reserve(obs.size());
    RunningFit fit(obs, prior);
    for (size_t i = 0; i < obs.size(); ++i) {
        fit.add_through(i + 1);
        out.push_back({obs[i].day, obs[i].error(), fit.model(obs[i].day).overall});
    }
    return out;
}

}  // namespace proximity::analysis
