#include "domain/mass_balance.h"

namespace bt::domain {

MassBalance::MassBalance(MbSource& source, std::function<bool(std::int64_t)> stopAt)
    : m_source(source), m_stopAt(std::move(stopAt))
{
}

std::optional<double> MassBalance::kilograms(const std::string& uom) noexcept
{
    if (uom == "KGM") return 1.0;
    if (uom == "TNE") return 1000.0;
    if (uom == "GRM") return 0.001;
    return std::nullopt;
}

bool MassBalance::isCount(const std::string& uom) noexcept { return uom == "H87" || uom == "EA" || uom == "C62"; }

std::optional<double> MassBalance::elementPer(std::int64_t asset, const std::string& element, const std::string& uom)
{
    const auto key = std::make_pair(Key{asset, element}, uom);
    if (auto it = m_per.find(key); it != m_per.end()) return it->second;
    const MbNode* n = m_source.node(asset);
    if (!n) return std::nullopt;
    std::optional<double> result;
    // A lot that declares its content declares every tracked element it holds: one
    // missing from the list is not in it (nickel sulfate holds no cobalt).
    if (auto kg = kilograms(uom)) {
        if (!n->fraction.empty()) {
            auto f = n->fraction.find(element);
            result = (f != n->fraction.end() ? f->second : 0.0) * *kg;
        }
    } else if (isCount(uom)) {
        if (!n->perUnit.empty()) {
            auto m = n->perUnit.find(element);
            result = m != n->perUnit.end() ? m->second : 0.0;
        }
    }
    if (!result && n->fraction.empty() && n->perUnit.empty() && !m_perInProgress.count(key)) {
        // Nothing declared: the sum of what went into it, per unit made (assemblies:
        // the parts' masses; the data model declares content for processed lots).
        m_perInProgress.insert(key);
        double mass = 0, made = 0;
        bool known = false;
        for (const auto& p : n->productions) {
            if (p.outUom != uom || p.outQuantity <= 0) continue;
            double sum = 0;
            bool all = !p.inputs.empty();
            for (const auto& in : p.inputs) {
                auto e = elementPer(in.src, element, in.uom);
                if (!e) {
                    all = false;
                    break;
                }
                sum += in.quantity * *e;
            }
            if (!all) {
                known = false;
                mass = 0;
                break;
            }
            known = true;
            mass += sum;
            made += p.outQuantity;
        }
        m_perInProgress.erase(key);
        if (known && made > 0) result = mass / made;
    }
    m_per[key] = result;
    return result;
}

const MbShares& MassBalance::shares(std::int64_t asset, const std::string& element)
{
    const Key key{asset, element};
    if (auto it = m_shares.find(key); it != m_shares.end()) return it->second;
    MbShares out;
    if (m_inProgress.count(key)) {
        // A loop in the lineage: the data is wrong somewhere. Cut it here and say so.
        out.cycle = true;
        return m_shares[key] = out;  // not memoised as final: overwritten by the outer call
    }
    const MbNode* n = m_source.node(asset);
    if (!n || n->origin || (m_stopAt && m_stopAt(asset)) || n->productions.empty()) {
        out.byLeaf[asset] = 1.0;
        if (!n || (!n->origin && !(m_stopAt && m_stopAt(asset)))) out.untracedLeaves.insert(asset);
        return m_shares[key] = out;
    }
    m_inProgress.insert(key);
    std::map<std::int64_t, double> acc;
    double total = 0;
    for (const auto& p : n->productions) {
        std::vector<double> contrib(p.inputs.size(), 0);
        bool all = true;
        for (std::size_t i = 0; i < p.inputs.size(); ++i) {
            auto e = elementPer(p.inputs[i].src, element, p.inputs[i].uom);
            if (!e) {
                all = false;
                break;
            }
            contrib[i] = p.inputs[i].quantity * *e;
        }
        if (!all) {
            out.fallback = true;
            for (std::size_t i = 0; i < p.inputs.size(); ++i) contrib[i] = p.inputs[i].quantity;
        }
        double sum = 0;
        for (double c : contrib) sum += c;
        if (sum <= 0) continue;  // none of the element came in through this production
        for (std::size_t i = 0; i < p.inputs.size(); ++i) {
            if (contrib[i] <= 0) continue;
            const MbShares& in = shares(p.inputs[i].src, element);
            out.fallback |= in.fallback;
            out.cycle |= in.cycle;
            out.untracedLeaves.insert(in.untracedLeaves.begin(), in.untracedLeaves.end());
            for (const auto& [leaf, s] : in.byLeaf) acc[leaf] += contrib[i] * s;
        }
        total += sum;
    }
    m_inProgress.erase(key);
    if (total > 0)
        for (const auto& [leaf, s] : acc) out.byLeaf[leaf] = s / total;
    return m_shares[key] = out;
}

}  // namespace bt::domain
