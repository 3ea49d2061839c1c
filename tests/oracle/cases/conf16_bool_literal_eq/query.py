from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id LONG, i INT, l BIGINT, s STRING, n INT, v DOUBLE, k STRING, c BOOLEAN").load(INPUT)
result = df.select("id", "i", "v", "c", (F.col("v").isNotNull()).alias("has_v")).where("(i > 1) = true AND (has_v <=> true) AND NOT ((c = false) <=> true)")
OUTPUT_MODE = "append"
