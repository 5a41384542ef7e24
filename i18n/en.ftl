# Corridor Atlas: the interface in English.
#
# Every message the code uses is here, and each other language's file has the same messages
# (tests/translations.rs checks both ways). Sections follow the parts of the app.

## The language itself

# The language's own name, in the View › Language menu.
language-name = English
number-decimal-separator = .
number-group-separator = ,
date-full = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
date-month = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

## Counts

quotes-count = { $count ->
        [one] { $count } quote
       *[other] { $count } quotes
    }

## Commands: the label in menus and on buttons, and the tooltip

command-open-file = Open route…
    .tooltip = Open a route file, GeoJSON, KML, or a locations and a flows CSV together
command-reload = Reload from disk
    .tooltip = Read the open file again, as it is on disk now
command-open-builtin = Open the Middle Corridor
    .tooltip = Go back to the built-in Middle Corridor route
command-quit = Quit
    .tooltip = Close the app; with unsaved edits it asks first
command-undo = Undo
    .tooltip = Take back the last change to the story: a slide added, deleted, moved or edited
command-redo = Redo
    .tooltip = Make again the change Undo took back
command-fit-route = Fit route
    .tooltip = Show the whole route
command-zoom-in = Zoom in
    .tooltip = Zoom in on the middle of the map
command-zoom-out = Zoom out
    .tooltip = Zoom out from the middle of the map
command-pan-left = Pan left
    .tooltip = Move the view west
command-pan-right = Pan right
    .tooltip = Move the view east
command-pan-up = Pan up
    .tooltip = Move the view north
command-pan-down = Pan down
    .tooltip = Move the view south
command-clear-selection = Clear selection
    .tooltip = Deselect the node or link and show the corridor overview; with nothing selected, close the panel lying over the map
command-show-overview = Corridor overview
    .tooltip = What the sources say about the corridor as a whole
command-show-sources = Sources
    .tooltip = The articles every quote and figure comes from
command-toggle-translation = Show translations
    .tooltip = Show English translations made for this dataset instead of the original words
command-toggle-legend = Layers and legend
    .tooltip = Show or hide the flow layers and the map legend
command-play-pause = Play or pause the years
    .tooltip = Step through the years of the data, looping
command-next-year = Next year
    .tooltip = Show the next year's flows
command-previous-year = Previous year
    .tooltip = Show the previous year's flows
command-toggle-motion = Moving flows
    .tooltip = Dashes that move along the flows in their direction; off keeps the map still
command-save = Save
    .tooltip = Save the route, with its story, to its file
command-save-as = Save as…
    .tooltip = Save the route, with its story, to a new file
command-export = Export map…
    .tooltip = Save the map as it is now: a PNG picture up to 8K wide, or an SVG for print
command-start-presentation = Present
    .tooltip = Full screen, one slide per place, driven by keys or a clicker
command-add-slide = Add slide from current view
    .tooltip = A new slide at the end of the story with this view, layers, year and selected quote
command-next-slide = Next slide
    .tooltip = Fly to the next slide
command-previous-slide = Previous slide
    .tooltip = Fly back to the previous slide
command-first-slide = First slide
    .tooltip = Back to the title slide
command-last-slide = Last slide
    .tooltip = On to the closing slide
command-go-to-typed-slide = Go to slide (type its number, then Enter)
    .tooltip = Jump to the slide whose number was typed
command-black-screen = Black screen
    .tooltip = Black the screen, or bring the slide back
command-toggle-autoplay = Play the talk by itself
    .tooltip = Step through the slides by themselves, looping, for a kiosk; any key or click stops
command-toggle-presenter-view = Presenter view
    .tooltip = This slide, the next, the notes and the time: on the other screen, or around the slide
command-toggle-reduce-motion = Reduce motion
    .tooltip = Cut between slides instead of flying, and keep flows still
command-stop-presentation = Stop presenting
    .tooltip = Leave the talk and go back to the map as it was
command-show-controls = Controls
    .tooltip = Mouse and keyboard controls
command-show-about = About Corridor Atlas
    .tooltip = Version, data sources and attribution
command-toggle-side-panel = Side panel
    .tooltip = Show or hide the side panel: the overview, the selection's figures and quotes, the sources and the story

## Menus and the bar above the map

menu-file = File
menu-open-recent = Open recent
menu-open-recent-none = No files opened yet
menu-open-recent-clear = Clear the list
menu-file-edited = { $file } (edited)
menu-edit = Edit
menu-view = View
menu-language = Language
    .tooltip = The language of menus, panels, the map and slides; remembered
menu-present = Present
menu-talk-language = Talk language
    .tooltip = The language of the slides, apart from the interface's: present in Russian from an English interface
menu-talk-language-same = As the interface
menu-autoplay-seconds = Autoplay: seconds per slide
menu-help = Help

## Panels, layers, timeline and tooltips

## Slides, legend, credits and pictures

# Kinds of place, link, status and value, in phrases and legends.
kind-node-port = Sea port
kind-node-rail-junction = Rail junction
kind-node-border-crossing = Border crossing
kind-node-city = City
kind-node-terminal = Oil terminal
kind-node-place = Place
kind-mode-rail = Rail
kind-mode-sea-ferry = Sea ferry
kind-mode-pipeline = Pipeline
kind-mode-subsea-cable = Subsea cable
kind-mode-road = Road
kind-mode-power = Power line
kind-status-operating = Operating
kind-status-under-construction = Under construction
kind-status-planned = Planned
# How links of a status are drawn, after the status: "Operating (solid line)".
kind-line-solid = solid line
kind-line-dashed = dashed line
kind-line-dotted = dotted line
# A kind of value, inside a phrase: "4.5 Mt in 2023 (actual)".
kind-value-actual = actual
kind-value-estimate = estimate
kind-value-plan = plan or target
kind-value-with-amount = { $amount } in { $year } ({ $kind })
kind-value-without-amount = { $kind }, { $year }
kind-source-no-outlet = outlet not named

legend-links = Links
legend-status = Status
legend-places = Places
legend-actual = Actual
legend-estimate = Estimate
legend-plan = Plan or target
# A layer's detail line: the amount its sample band stands for.
legend-band = band = { $amount }
legend-status-only = status, no amount
legend-no-value = no value for { $year }
legend-scale-km = { $length } km
legend-scale-m = { $length } m
legend-credit-basemap = Basemap: Natural Earth
legend-credit-sources = Basemap: Natural Earth. Sources: { $sources }

slide-flows-in = Flows in { $year }
slide-closing-title = Outlook and sources
slide-cover-summary = { $slides ->
        [one] { $slides } slide
       *[other] { $slides } slides
    } · quotes and figures from { $sources ->
        [one] { $sources } source
       *[other] { $sources } sources
    }
slide-closing-lead = Every quote and figure in this talk comes from these texts:
slide-closing-basemap = Basemap: Natural Earth.
# Under a quote shown in translation; $language is the code of the original's language.
slide-quote-translation = Translation from the original { $language ->
        [ru] Russian
        [kk] Kazakh
        [az] Azerbaijani
        [tr] Turkish
        [en] English
       *[other] language
    }, made for this atlas

# Where a slide breaks the rules of a hall, in the status bar and the problems list.
slide-check-issue = slide { $slide } at { $width }×{ $height }: { $what }
slide-check-off-screen = { $part } reaches off the screen; shorten its text
slide-check-overlap = { $part } overlaps { $other }; shorten the slide's text or quote
slide-check-too-small = "{ $text }" is { $size } points high, under { $least } % of the screen
slide-check-off-map = { $place } is off the map; focus the slide on fewer places
slide-check-covers = { $part } covers { $place }; shorten the slide's text or quote, or focus on fewer places
slide-check-no-label = { $place } has no room for its label; focus the slide on fewer places
slide-check-covers-label = { $part } covers the label of { $place }; shorten the slide's text or quote
slide-part-title-card = the title card
slide-part-quote-card = the quote card
slide-part-legend = the legend
slide-part-number = the slide number
slide-part-credits = the credits
slide-part-scale-bar = the scale bar

# render --lang
render-unknown-language = unknown language "{ $language }"; known: { $known }

## Presenting and the presenter view

talk-go-to = Go to { $number } …
talk-screens = Screens
talk-one-screen = One screen: P shows the presenter view around the slide.
talk-slides-other-screen = Slides on the other screen
    .tooltip = The slides go to the screen this window is not on, the presenter view stays here
talk-slides-screen-1 = Slides on screen 1
    .tooltip = The slides on screen 1, the presenter view on screen 2
talk-slides-screen-2 = Slides on screen 2
    .tooltip = The slides on screen 2, the presenter view on screen 1
talk-screen-named = Screen { $number }: { $name }, { $size }
talk-screen = Screen { $number }: { $size }

presenter-window-title = Corridor Atlas — presenter view
presenter-now = Now
presenter-next-heading = Next
presenter-slide-of = Slide { $number } of { $count }
presenter-end = End the talk
presenter-hide = Hide presenter view
presenter-show-slide = Show the slide
presenter-black = Black screen
presenter-with-key = { $text } ({ $key })
presenter-clock = Clock
presenter-elapsed = Elapsed
presenter-last-slide = This is the last slide.
presenter-notes = Notes
presenter-no-notes = No notes for this slide.
presenter-previous = ◀  Previous slide
presenter-next = Next slide  ▶
presenter-typing = Go to slide { $number } …
presenter-typing-enter = Enter jumps there
presenter-blacked = The audience sees a black screen
presenter-blacked-back = B brings the slide back
presenter-keys = Next: Page Down, →, Space, Enter · Previous: Page Up, ←, Backspace
presenter-keys-jump = Jump: type the slide's number, then Enter · Tab reaches the buttons and slides
presenter-go-to-slide = Go to slide { $number }: { $title }

## Windows, dialogs and the status bar

## Problems shown in the app
