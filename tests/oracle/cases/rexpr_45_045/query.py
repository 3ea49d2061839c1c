from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, d DOUBLE, ts TIMESTAMP, i INT, b BOOLEAN, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, n DECIMAL(20,0)").load(INPUT)
result = df.filter("coalesce((s < t), true)").select("id", "dt", lit(3).try_cast("decimal(10,4)").alias("c1"), expr("TRY_CAST(s AS DATE) AS c2")).filter((col("ts") != F.to_timestamp(lit("1999-12-31 23:59:59.999"))))
OUTPUT_MODE = "append"
