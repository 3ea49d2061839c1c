from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.nullif(col("k"), lit(0).cast("bigint"))).withColumn("c2", F.extract(lit("MONTH"), col("dt"))).withColumn("c3", (col("id") * lit(1)).isNull()).withColumn("c4", expr("least(coalesce(add_months(dt, i), CAST(NULL AS DATE)), dt)")).withColumn("c5", expr("c2")).select("id", "c1", "c2", "c3", "c4", "c5").filter("(i = 3)")
OUTPUT_MODE = "append"
