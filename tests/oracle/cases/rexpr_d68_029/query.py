from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.coalesce(col("id"), F.greatest(col("id"), col("id")), lit(0).cast("bigint")).alias("c1"), expr("exists(split(rpad(sha2(s, 512), 6, 'é'), ' '), x -> x = 'o')").alias("c2"), F.array_contains(F.split(F.elt(lit(2), F.format_string("%e", (col("id") * col("d"))), F.lpad(col("s"), 0, "é")), ","), "a").alias("c3"), expr("TRY_CAST(substring(t, 2, 10) AS INT)").alias("c4"))
OUTPUT_MODE = "append"
