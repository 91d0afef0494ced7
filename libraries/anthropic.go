package libraries

// Anthropic is the Anthropic Python SDK: each client holds an httpx pool.
func Anthropic() Library {
	return Library{
		Name: "anthropic",
		ClientFactories: []string{"anthropic.Anthropic", "anthropic.AsyncAnthropic", "anthropic.AnthropicBedrock",
			"anthropic.AsyncAnthropicBedrock", "anthropic.AnthropicVertex", "anthropic.AsyncAnthropicVertex"},
	}
}
