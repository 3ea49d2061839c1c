from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, ts TIMESTAMP, n DECIMAL(9,5), f FLOAT, k BIGINT, i INT, d DOUBLE, s STRING, m DECIMAL(18,6), dt DATE").load(INPUT)
result = df.select((col("ts") - expr("INTERVAL '1-2' YEAR TO MONTH")).alias("c1"), expr("trunc(date_add(trunc(trunc(dt, 'YEAR'), 'WEEK'), i), 'WEEK')").alias("c2")).filter((lit(1).cast("bigint").isNull() | col("f").isNotNull()))
OUTPUT_MODE = "append"
