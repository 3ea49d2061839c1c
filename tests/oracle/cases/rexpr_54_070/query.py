from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.when((col("id") >= lit(86400).cast("bigint")), F.date_sub(col("dt"), col("i"))).when((col("m") >= lit(12.345).cast("decimal(5,3)")), F.to_date(lit("2023-12-31"))).when((col("i") >= lit(5)), col("dt")).otherwise(col("dt"))).withColumn("c2", expr("round(d, i)")).withColumn("c3", F.round((col("m") + expr("12.345")))).withColumn("c4", expr("(weekday(dt) + TRY_CAST(id AS DECIMAL(20,0)))")).withColumn("c5", expr("CASE WHEN (t RLIKE '[0-9]+') THEN CASE WHEN (d IS NOT NULL) THEN dt WHEN (c4 <> 100BD) THEN dt ELSE dt END WHEN (id <=> i) THEN c1 ELSE c1 END")).withColumn("c6", expr("c1")).drop("d", "m", "n", "dt", "ts").where((col("c6") <= F.to_date(lit("2024-02-29"))))
OUTPUT_MODE = "append"
