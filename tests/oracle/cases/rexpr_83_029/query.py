from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), dt DATE, s STRING, ts TIMESTAMP, t STRING, i INT, j INT, k BIGINT").load(INPUT)
result = df.where("(t <> 'Hello')").select("id", expr("TRY_CAST(s AS DOUBLE)").alias("c1"), expr("nvl2(d, id, 1000L) AS c2"), expr("pmod(pmod(id, nullif(i, 0)), nullif(i, 0))"), expr("size(split('Hello', '  *'))").alias("c4"), F.last_day(col("dt")).alias("c5")).where((col("s").try_cast("boolean") | (col("k") > lit(3).cast("bigint"))))
OUTPUT_MODE = "append"
