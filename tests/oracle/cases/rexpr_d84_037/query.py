from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.to_timestamp(F.date_format(F.when(col("b"), col("ts")).when(col("b"), col("ts")).when(col("b"), col("ts")).otherwise(col("ts")), "yyyy-MM-dd HH:mm"), "yyyy-MM-dd HH:mm"), F.nvl2(F.to_date(F.date_format(col("dt"), "yyyy-MM-dd"), "yyyy-MM-dd"), col("j").cast("string"), col("s")).alias("c2")).where("coalesce(contains(array_join(split(s, '  *'), '/'), ' '), true)")
OUTPUT_MODE = "append"
