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

# What a place, a link and a flow value are, as the panel and the tooltips word them.
panel-node-kind = { $kind ->
        [port] Sea port
        [rail-junction] Rail junction
        [border-crossing] Border crossing
        [city] City
        [terminal] Oil terminal
       *[place] Place
    }
panel-link-mode = { $mode ->
        [rail] Rail
        [sea-ferry] Sea ferry
        [pipeline] Pipeline
        [subsea-cable] Subsea cable
        [road] Road
       *[power] Power line
    }
panel-link-status = { $status ->
        [operating] Operating
        [under-construction] Under construction
       *[planned] Planned
    }
# How a link of each status is drawn on the map.
panel-link-line = { $status ->
        [operating] solid line
        [under-construction] dashed line
       *[planned] dotted line
    }
panel-value-kind = { $kind ->
        [actual] actual
        [estimate] estimate
       *[plan] plan or target
    }
# "4.5 Mt in 2023 (actual)"; $kind is one of panel-value-kind.
panel-value = { $amount } in { $year } ({ $kind })
# A value with a status but no amount: "plan or target, 2026".
panel-value-no-amount = { $kind }, { $year }
panel-figures-count = { $count ->
        [one] { $count } figure
       *[other] { $count } figures
    }
# A source's outlet, when the source does not name one.
panel-outlet-not-named = outlet not named
# A source the route names but does not describe.
panel-source-unknown = source { $id }
panel-source = Source: { $source }
panel-quote-source = Source: { $source } · said { $date }
# A place's kind and country: "Sea port · Kazakhstan".
panel-kind-country = { $kind } · { $country }
panel-coordinates = { $lat }°{ $north ->
        [yes] N
       *[no] S
    }, { $lon }°{ $east ->
        [yes] E
       *[no] W
    }
# The checkbox beside the tabs that shows the quotes' English translations.
panel-english = English
panel-story-tab = Story ({ $count })
    .tooltip = The slides of the talk: add, edit, reorder, present
panel-key-figures = Key figures
panel-experts-said = What experts said ({ $count })
panel-no-quotes = No quote in this route speaks of this place.
panel-flows-through = Flows through this place
panel-links = Links
# A link from the selected place: "Rail to Baku — operating"; $status is lower case.
panel-link-to = { $mode } to { $place } — { $status }
panel-link-drawn = { $mode } · { $status } (drawn as a { $line })
panel-link-length = Length along the drawn path: about { $km } km (geodesic)
panel-flows-on-link = Flows on this link
panel-no-flows-on-link = No flow layer runs along this link.
panel-link-ends = Ends
panel-chart-key = Filled: actual · open: plan or target
panel-overview-hint = Click a place on the map to see what experts said about it.
panel-places = Places
# The tooltip of a place's button on the overview: its kind, country and quotes.
panel-place-summary = { $kind } · { $country } — { $quotes }
panel-places-more = and { $count } more; click them on the map
panel-corridor-figures = Key figures for the corridor
panel-corridor-quotes = On the corridor as a whole ({ $count })
panel-sources = Sources
panel-sources-intro = { $count ->
        [one] Every quote and figure in this route comes from these { $count } text.
       *[other] Every quote and figure in this route comes from these { $count } texts.
    }
panel-source-reference = Reference: { $reference }
# $quotes and $figures are quotes-count and panel-figures-count.
panel-source-counts = { $quotes } and { $figures } in this route
panel-translation-note = Translation from the original, made for this atlas
panel-original-words = Original words
panel-use-on-slide = Use on the next slide
# $command is the label of the command that adds a slide.
panel-use-on-slide-tooltip = “{ $command }” in the Story tab will show this quote
panel-disagreement = Sources disagree: { $topic }

story-title = Story
story-intro = The talk, one slide per place. A title slide comes before these and a closing slide after. Save the route (Ctrl+S) to keep the story.
story-delete = Delete this slide
story-move-later = Move this slide later
story-move-earlier = Move this slide earlier
story-slide-title = Title
story-slide-text = Text on the slide
story-slide-notes = Speaker notes (presenter view only)
story-year-kept = keeps the year
story-layers-all = all
story-layers-none = none
story-slide-summary = Year: { $year } · layers: { $layers } · quotes: { $quotes }
story-take-view = Take view from map
    .tooltip = Set this slide's view, layers, year and quote from the map as it is now
story-present-from-here = Present from here
story-no-slides = No slides yet: frame a view on the map, pick a quote, and add a slide.

tooltip-node-counts = { $quotes } · { $figures } — click for details
tooltip-link-details = Click for details
tooltip-no-value = No value for { $year } in this route.
tooltip-nearest = Nearest: { $value }
tooltip-flow-chart = Click for the link's chart

timeline-play = ▶ Play
timeline-pause = Pause
timeline-year = Year
timeline-speed = Speed
timeline-seconds-per-year = { $seconds } s per year

layers-title = Flow layers
layers-opacity = opacity
layers-opacity-of = Opacity of { $layer }
layers-raise = Draw { $layer } above the layer over it
layers-lower = Draw { $layer } below the layer under it
layers-legend = Legend

## Slides, legend, credits and pictures

## Presenting and the presenter view

## Windows, dialogs and the status bar

## Problems shown in the app
