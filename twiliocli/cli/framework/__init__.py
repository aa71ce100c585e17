"""What every command group is built with: declarations to commands, options, output, the runtime."""
