from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(m IS NOT NULL)").select("id", expr("date_format(ts, 'yyyy-MM-dd') AS c1"), F.nullif(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).alias("c2"))
OUTPUT_MODE = "append"
