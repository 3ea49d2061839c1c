from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(F.coalesce(F.when(col("k").isNotNull(), lit("o")).otherwise(col("s")).endswith(""), lit(True))).withColumn("c1", F.format_number(F.try_divide((col("i") / F.nullif(col("d"), lit(0))), col("d")), 2)).withColumn("c2", col("ts")).select("id", "c1", "c2").where("((NOT b) OR (b IS NOT TRUE))")
OUTPUT_MODE = "append"
