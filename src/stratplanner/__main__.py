from stratplanner.cli.main import main

raise SystemExit(main())
