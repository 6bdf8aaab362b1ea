#include <engine/scene/SceneStack.hpp>
#include <game/scenes/DebriefScene.hpp>
#include <game/scenes/DialogueScene.hpp>
#include <game/scenes/NoticeScene.hpp>
#include <game/scenes/OfficeScene.hpp>
#include <game/scenes/PauseScene.hpp>
#include <game/ui/Drawing.hpp>

#include <algorithm>
#include <cmath>
#include <utility>

namespace respect::game {
namespace {

using engine::input::Action;
namespace tiled = engine::tiled;

std::uint64_t nextLayerVersion() {
    static std::uint64_t scenes = 0;
    return ++scenes;
}

constexpr float kScale = 2.0f;       // pixel art drawn at twice its size
constexpr float kFrameWidth = 32.0f; // character sheet frames
constexpr float kFrameHeight = 48.0f;
constexpr int kStepsPerFootstep = 18;

} // namespace

OfficeScene::OfficeScene(GameContext& context, std::unique_ptr<Scenario> scenario,
                         std::string notice)
    : context_(context), scenario_(std::move(scenario)), level_(scenario_->level()),
      map_(*scenario_->map()), world_(*scenario_->world()), session_(scenario_->session()),
      notice_(std::move(notice)), layerVersion_(nextLayerVersion()) {}

OfficeScene::~OfficeScene() {
    if (context_.activeScenario == scenario_.get()) {
        context_.activeScenario = nullptr;
    }
}

void OfficeScene::onEnter() {
    context_.activeScenario = scenario_.get();
    world_.halt();
    context_.audio.playMusic("assets/sounds/ambience-office.wav");
}

bool OfficeScene::open(const Encounter* encounter, engine::SceneStack& stack) {
    if (encounter == nullptr) {
        return false;
    }
    world_.halt();
    lastEncounter_ = encounter->id;
    context_.audio.playSound("assets/sounds/interact.wav");
    stack.push(std::make_unique<DialogueScene>(context_, *scenario_, *encounter));
    return true;
}

std::optional<std::string> OfficeScene::prompt() const {
    const auto nearest = world_.nearestInRange();
    if (nearest && session_.triggered(Trigger::Talk, *nearest) != nullptr) {
        return nearest;
    }
    return std::nullopt;
}

bool OfficeScene::update(const engine::input::InputFrame& input, engine::SceneStack& stack) {
    scenario_->addPlayTime(Scenario::kSecondsPerUpdate);
    if (!started_) {
        started_ = true;
        bool opened = false;
        if (const Encounter* current = session_.current()) {
            // A save from the middle of a dialogue: back to the same line.
            lastEncounter_ = current->id;
            stack.push(std::make_unique<DialogueScene>(context_, *scenario_));
            opened = true;
        } else if (session_.results().empty()) {
            opened = open(session_.triggered(Trigger::Start), stack);
        } else {
            lastEncounter_ = session_.results().back().encounter; // what follows it, if any
        }
        if (!notice_.empty()) {
            stack.push(std::make_unique<NoticeScene>(context_, std::exchange(notice_, {})));
            opened = true;
        }
        if (opened) {
            return true;
        }
    }
    if (!lastEncounter_.empty()) {
        // A dialogue just closed: what follows it starts by itself.
        const std::string ended = std::exchange(lastEncounter_, {});
        if (open(session_.triggered(Trigger::After, ended), stack)) {
            return true;
        }
        if (session_.finished()) {
            context_.audio.stopMusic();
            context_.activeScenario = nullptr;
            stack.replace(std::make_unique<DebriefScene>(context_, std::move(scenario_)));
            return true;
        }
    }
    if (input.pressed(Action::Menu) || input.pressed(Action::Back)) {
        world_.halt();
        stack.push(std::make_unique<PauseScene>(context_, 1));
        return true;
    }
    if (input.pressed(Action::Interact)) {
        if (const auto who = world_.nearestInRange()) {
            if (open(session_.triggered(Trigger::Talk, *who), stack)) {
                return true;
            }
        }
    }
    const engine::Vec2 before = world_.player().feet;
    const int frameBefore = world_.player().frame;
    const Facing facingBefore = world_.player().facing;
    world_.step(input);
    for (const auto& zone : world_.takeEnteredZones()) {
        if (zone == "entrance") {
            context_.audio.playSound("assets/sounds/door.wav"); // the sliding doors
        }
        if (open(session_.triggered(Trigger::Zone, zone), stack)) {
            return true;
        }
    }
    if (world_.playerMoving() && ++footstepCounter_ % kStepsPerFootstep == 0) {
        context_.audio.playSound((footstepCounter_ / kStepsPerFootstep) % 2 == 0
                                     ? "assets/sounds/footstep-1.wav"
                                     : "assets/sounds/footstep-2.wav");
    }
    // Read aloud who can be talked to, once, when they come into range.
    const std::string promptNow = prompt().value_or("");
    if (promptNow != spokenPrompt_) {
        spokenPrompt_ = promptNow;
        if (!promptNow.empty()) {
            context_.narrator.say(context_.text.format(
                "office.talk-prompt", {{"name", std::string(level_.speakerName(promptNow))}}));
        }
    }
    const Actor& now = world_.player();
    const bool cameraMoved = moveCamera();
    return now.feet != before || now.frame != frameBefore || now.facing != facingBefore ||
           cameraMoved;
}

bool OfficeScene::moveCamera() {
    const engine::Vec2 target = cameraFor(view_);
    const engine::Vec2 before = camera_;
    if (!cameraPlaced_ || context_.preferences.settings().reducedMotion) {
        camera_ = target;
        cameraPlaced_ = true;
    } else {
        // Ease towards the player; snap when within half a pixel so it comes to rest.
        const engine::Vec2 gap = target - camera_;
        camera_ = std::abs(gap.x) < 0.5f && std::abs(gap.y) < 0.5f ? target : camera_ + gap * 0.15f;
    }
    return camera_ != before;
}

engine::Vec2 OfficeScene::cameraFor(engine::Vec2 view) const {
    // Centred on the player, kept inside the map; a map smaller than the view is centred.
    const engine::Vec2 world = world_.sizePixels() * kScale;
    const engine::Vec2 player = world_.player().feet * kScale;
    const auto axis = [](float target, float viewSize, float worldSize) {
        if (worldSize <= viewSize) {
            return (worldSize - viewSize) / 2.0f;
        }
        return std::clamp(target - viewSize / 2.0f, 0.0f, worldSize - viewSize);
    };
    return {std::round(axis(player.x, view.x, world.x)),
            std::round(axis(player.y, view.y, world.y))};
}

void OfficeScene::paintTiles(engine::Canvas& canvas, const std::string& name, engine::Vec2 origin,
                             float scale, const engine::Rect& visible) const {
    const tiled::TileLayer* layer = map_.findTileLayer(name);
    if (layer == nullptr || !layer->visible) {
        return;
    }
    const float tileW = static_cast<float>(map_.tileWidth);
    const float tileH = static_cast<float>(map_.tileHeight);
    const int firstX = std::max(0, static_cast<int>(visible.x / tileW));
    const int firstY = std::max(0, static_cast<int>(visible.y / tileH));
    const int lastX =
        std::min(layer->width - 1, static_cast<int>((visible.x + visible.width) / tileW));
    const int lastY =
        std::min(layer->height - 1, static_cast<int>((visible.y + visible.height) / tileH));
    for (int y = firstY; y <= lastY; ++y) {
        for (int x = firstX; x <= lastX; ++x) {
            const std::uint32_t gid = layer->gidAt(x, y);
            const tiled::Tileset* tileset = gid == 0 ? nullptr : map_.tilesetForGid(gid);
            if (tileset == nullptr) {
                continue;
            }
            canvas.drawImage(tileset->image, tileset->tileRect(tileset->localId(gid)),
                             {origin.x + static_cast<float>(x) * tileW * scale,
                              origin.y + static_cast<float>(y) * tileH * scale, tileW * scale,
                              tileH * scale});
        }
    }
}

void OfficeScene::drawFloorAndWalls(engine::Canvas& canvas, engine::Vec2 camera) {
    const engine::Color background = context_.theme.colours().background;
    const engine::Vec2 view = canvas.size();
    const engine::Vec2 layerSize{static_cast<float>(map_.width * map_.tileWidth),
                                 static_cast<float>(map_.height * map_.tileHeight)};
    // The map pixels in view, whole pixels of the layer so that it scales exactly.
    const float left = std::max(0.0f, std::floor(camera.x / kScale));
    const float top = std::max(0.0f, std::floor(camera.y / kScale));
    const float right = std::min(layerSize.x, std::ceil((camera.x + view.x) / kScale));
    const float bottom = std::min(layerSize.y, std::ceil((camera.y + view.y) / kScale));
    const engine::Rect source{left, top, right - left, bottom - top};
    const engine::Rect destination{left * kScale - camera.x, top * kScale - camera.y,
                                   source.width * kScale, source.height * kScale};
    // Around a map smaller than the window: the background (the layer paints its own).
    canvas.fillRect({0, 0, view.x, std::max(0.0f, destination.y)}, background);
    canvas.fillRect({0, destination.y + destination.height, view.x,
                     std::max(0.0f, view.y - destination.y - destination.height)},
                    background);
    canvas.fillRect({0, destination.y, std::max(0.0f, destination.x), destination.height},
                    background);
    canvas.fillRect({destination.x + destination.width, destination.y,
                     std::max(0.0f, view.x - destination.x - destination.width),
                     destination.height},
                    background);
    // The floor and the walls never change while the scene lives: one picture, painted
    // once, instead of hundreds of tiles a frame (software OpenGL fills every pixel).
    canvas.drawLayer("office-floor-and-walls", layerVersion_, layerSize, background, source,
                     destination,
                     [this](engine::Canvas& target, engine::Vec2 origin, float scale,
                            const engine::Rect& visible) {
                         paintTiles(target, "floor", origin, scale, visible);
                         paintTiles(target, "walls", origin, scale, visible);
                     });
}

std::string OfficeScene::spriteOf(const std::string& id) const {
    if (const Character* character = level_.findCharacter(id)) {
        if (!character->sprite.empty()) {
            return "assets/" + character->sprite;
        }
    }
    return "assets/characters/" + id + ".png";
}

void OfficeScene::drawActorsAndFurniture(engine::Canvas& canvas, engine::Vec2 camera) {
    // Depth sorting: whatever stands lower on screen is drawn later, so people walk
    // behind desks and in front of them.
    struct Drawable {
        float depth;
        const Actor* actor;
        int tileX;
        int tileY;
    };
    std::vector<Drawable> drawables;
    const tiled::TileLayer* furniture = map_.findTileLayer("furniture");
    const float tileH = static_cast<float>(map_.tileHeight);
    if (furniture != nullptr) {
        for (int y = 0; y < furniture->height; ++y) {
            for (int x = 0; x < furniture->width; ++x) {
                if (furniture->gidAt(x, y) != 0) {
                    drawables.push_back({(static_cast<float>(y) + 1.0f) * tileH, nullptr, x, y});
                }
            }
        }
    }
    for (const auto& actor : world_.cast()) {
        drawables.push_back({actor.feet.y, &actor, 0, 0});
    }
    drawables.push_back({world_.player().feet.y, &world_.player(), 0, 0});
    std::stable_sort(drawables.begin(), drawables.end(),
                     [](const Drawable& a, const Drawable& b) { return a.depth < b.depth; });

    const float tileW = static_cast<float>(map_.tileWidth) * kScale;
    for (const auto& item : drawables) {
        if (item.actor == nullptr) {
            const std::uint32_t gid = furniture->gidAt(item.tileX, item.tileY);
            const tiled::Tileset* tileset = map_.tilesetForGid(gid);
            if (tileset != nullptr) {
                canvas.drawImage(tileset->image, tileset->tileRect(tileset->localId(gid)),
                                 {static_cast<float>(item.tileX) * tileW - camera.x,
                                  static_cast<float>(item.tileY) * tileH * kScale - camera.y, tileW,
                                  tileH * kScale});
            }
            continue;
        }
        const Actor& actor = *item.actor;
        const engine::Rect source{static_cast<float>(actor.frame) * kFrameWidth,
                                  static_cast<float>(static_cast<int>(actor.facing)) * kFrameHeight,
                                  kFrameWidth, kFrameHeight};
        const engine::Vec2 feet = actor.feet * kScale - camera;
        canvas.drawImage(spriteOf(actor.id), source,
                         {feet.x - kFrameWidth * kScale / 2.0f,
                          feet.y - (kFrameHeight - 4.0f) * kScale, kFrameWidth * kScale,
                          kFrameHeight * kScale});
        if (&actor != &world_.player() && session_.triggered(Trigger::Talk, actor.id) != nullptr) {
            // A speech-bubble marker over people who want to talk.
            const engine::Rect bubble{feet.x - 12.0f, feet.y - kFrameHeight * kScale - 30.0f, 24.0f,
                                      26.0f};
            const auto& colours = context_.theme.colours();
            canvas.fillRect(bubble, colours.text);
            canvas.strokeRect(bubble, colours.background, 2.0f);
            engine::TextStyle mark;
            mark.font = context_.theme.boldFont();
            mark.sizePixels = 20.0f;
            mark.color = colours.background;
            canvas.drawText("!", {bubble.x + 8.0f, bubble.y}, mark);
        }
    }
}

void OfficeScene::draw(engine::Canvas& canvas) {
    const engine::Vec2 view = canvas.size();
    const Theme& theme = context_.theme;
    if (view != view_ || !cameraPlaced_) {
        view_ = view; // a resized window or the first frame: place the camera at once
        camera_ = cameraFor(view_);
        cameraPlaced_ = true;
    }
    const engine::Vec2 camera{std::round(camera_.x), std::round(camera_.y)};
    drawFloorAndWalls(canvas, camera);
    drawActorsAndFurniture(canvas, camera);

    if (const auto who = prompt()) {
        const std::string text = context_.text.format(
            "office.talk-prompt", {{"name", std::string(level_.speakerName(*who))}});
        const auto style = theme.bold(TextRole::Body, theme.colours().text);
        const engine::Vec2 extent = canvas.measureText(text, style);
        const float pad = theme.scaled(20.0f);
        const engine::Rect box{(view.x - extent.x) / 2.0f - pad, view.y - extent.y - 50.0f,
                               extent.x + 2 * pad, extent.y + pad};
        drawPanel(canvas, box, theme);
        canvas.drawText(text, {box.x + pad, box.y + pad / 2.0f}, style);
    }
}

} // namespace respect::game
