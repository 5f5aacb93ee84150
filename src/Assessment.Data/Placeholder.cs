namespace Assessment.Data; internal static class Placeholder {}
