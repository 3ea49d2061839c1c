from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, s STRING").load(INPUT)
result = df.select("id", F.schema_of_csv("a;1", {"sep": ";"}), F.to_csv(F.struct("id", "s"), {"sep": ";"}), F.from_csv("s", "a INT, b STRING", {"sep": ";"}))
OUTPUT_MODE = "append"
