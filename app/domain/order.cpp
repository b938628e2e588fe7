#include "domain/order.h"

namespace holdfast {

std::optional<qint64> OrderLine::totalMinor() const
{
    qint64 total = 0;
    if (quantity < 0 || unitPriceMinor < 0 || __builtin_mul_overflow(quantity, unitPriceMinor, &total))
        return std::nullopt;
    return total;
}

std::optional<qint64> Order::linesTotalMinor() const
{
    qint64 sum = 0;
    for (const OrderLine &line : lines) {
        const auto lineTotal = line.totalMinor();
        if (!lineTotal || __builtin_add_overflow(sum, *lineTotal, &sum))
            return std::nullopt;
    }
    return sum;
}

} // namespace holdfast
