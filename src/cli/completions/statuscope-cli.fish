# SPDX-License-Identifier: GPL-3.0-or-later
# fish completion for statuscope-cli.

complete -c statuscope-cli -s i -l input -r -F -d 'Read sites from FILE (- is standard input)'
complete -c statuscope-cli -s f -l format -x -a 'text json jsonl csv markdown' -d 'Output format'
complete -c statuscope-cli -s q -l quiet -d 'Show only the sites that fail the run'
complete -c statuscope-cli -l fail-on -x -a 'problem warning' -d 'Verdict that makes the exit status 1'
complete -c statuscope-cli -s t -l timeout -x -d 'Give up on a site after this many seconds'
complete -c statuscope-cli -l max-redirects -x -d 'Follow at most N redirects'
complete -c statuscope-cli -s j -l jobs -x -d 'Check up to N sites at once'
complete -c statuscope-cli -l per-host -x -d 'At most N checks at once against one host'
complete -c statuscope-cli -l method -x -a 'GET HEAD' -d 'Request method'
complete -c statuscope-cli -l ignore-tls-errors -d 'Carry on past certificate problems'
complete -c statuscope-cli -s A -l user-agent -x -d 'User-Agent header'
complete -c statuscope-cli -l accept -x -d 'Accept header'
complete -c statuscope-cli -l color -x -a 'auto always never' -d 'Colour the text format'
complete -c statuscope-cli -l no-progress -d 'Never show progress on standard error'
complete -c statuscope-cli -l version -d 'Show the version and exit'
complete -c statuscope-cli -s h -l help -d 'Show the options'
