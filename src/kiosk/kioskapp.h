#pragma once

namespace lykta::kiosk {

// `lykta --kiosk`: the waiting-room screen. Its own store file (no case data at all), its own
// options, its own QML; main() hands over to it before building anything of the staff app,
// so no staff screen exists in a kiosk process.
class KioskApp
{
public:
    static bool requested(int argc, char *argv[]);
    static int run(int argc, char *argv[]);
};

} // namespace lykta::kiosk
