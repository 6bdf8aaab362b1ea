#pragma once
// A grid of tiles, row by row from the top left. Gids have Tiled's flip flags masked off
// (0 is an empty cell); the flags of each cell live in the parallel `flips`.

#include <engine/tiled/Properties.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace respect::engine::tiled {

struct TileLayer {
    /// Bits of `flips` (and of MapObject::flips).
    static constexpr std::uint8_t kFlipHorizontal = 1;
    static constexpr std::uint8_t kFlipVertical = 2;
    static constexpr std::uint8_t kFlipDiagonal = 4;

    int id = 0;
    std::string name;
    int width = 0;                   ///< tiles
    int height = 0;                  ///< tiles
    std::vector<std::uint32_t> gids; ///< width * height, flags masked off
    std::vector<std::uint8_t> flips; ///< width * height, kFlip* bits
    bool visible = true;
    double opacity = 1.0;
    Properties properties;
    int line = 0;

    /// 0 outside the grid.
    std::uint32_t gidAt(int x, int y) const;
    std::uint8_t flipsAt(int x, int y) const;
};

} // namespace respect::engine::tiled
