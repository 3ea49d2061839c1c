from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id BIGINT, doc STRING").load(INPUT)
parsed = df.select("id", F.from_xml("doc", "_kind STRING, name STRING, qty BIGINT, tags ARRAY<STRING>").alias("p"))
result = parsed.select("id", "p.*", F.to_xml(F.struct(F.col("p.name").alias("n"), F.col("p.qty").alias("q")), {"rowTag": "item"}).alias("back"),
    F.schema_of_xml(F.lit("<r><a>1</a><b>x</b></r>")).alias("schema"))
OUTPUT_MODE = "append"
