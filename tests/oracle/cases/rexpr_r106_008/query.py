from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, i INT, dt DATE, ts TIMESTAMP, t STRING, b BOOLEAN, j INT, m DECIMAL(38,10), k BIGINT, s STRING").json(INPUT)
result = df.where("(NOT coalesce(isnan(d), false))").select("s", F.posexplode(F.sequence(lit(1), F.abs(col("i")) % 3)), F.when(col("b"), col("j")).otherwise(col("j")).alias("c2"), expr("next_day(trunc(DATE'2025-03-01', 'MM'), 'wednesday')"), F.add_months(col("dt"), col("i")).alias("c4"), (col("b") | col("dt").isNotNull()).alias("c5"))
OUTPUT_MODE = "append"
