from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CAST(i AS DOUBLE)").alias("c1"), F.when(F.when(col("d").isNotNull(), (col("i") >= lit(0))), col("dt")).when((col("id") >= lit(0).cast("bigint")), col("dt")).when((lit(2.0) >= col("id")), F.to_date(F.date_format(col("dt"), "yyyyMMdd"), "yyyyMMdd")).otherwise(col("dt")).alias("c2")).filter("((k IS NOT NULL) OR (7 IS NULL))")
OUTPUT_MODE = "append"
