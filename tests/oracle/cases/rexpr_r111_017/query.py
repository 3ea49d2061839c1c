from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, s STRING, ts TIMESTAMP, i INT, f FLOAT, b BOOLEAN, d DOUBLE, n DECIMAL(9,5), m DECIMAL(38,10), k BIGINT").json(INPUT)
result = df.groupBy(F.bitmap_bit_position(col("i")).alias("k1")).agg(expr("round(regr_sxx(i, i), 6) AS a1"), expr("round(var_samp(rint((n / nullif(i, 0)))), 4)").alias("a2"), expr("max_by(substring(concat(s, s, CAST(m AS STRING)), 0, 1), i) AS a3"), F.min(F.date_format(col("dt"), "yyyy-MM-dd")).alias("a4"))
OUTPUT_MODE = "update"
